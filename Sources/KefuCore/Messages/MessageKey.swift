/// The name of a sentence, and the module whose catalog holds its words. Each module declares its
/// own keys (`MessageKey+Bundle.swift`, `MessageKey+Chat.swift`, …) and their words in every language
/// (its `MessageDomain`), so the bottom layer never knows the top layer's sentences. Names are unique
/// across modules (a test checks), so a key is equal to another by its name.
public struct MessageKey: Hashable, Sendable, CustomStringConvertible {
    public let name: String
    /// The catalog that holds the words.
    public let domain: any MessageDomain.Type

    public init(_ name: String, in domain: any MessageDomain.Type) {
        self.name = name
        self.domain = domain
    }

    public static func == (lhs: MessageKey, rhs: MessageKey) -> Bool { lhs.name == rhs.name }
    public func hash(into hasher: inout Hasher) { hasher.combine(name) }
    public var description: String { name }
}
