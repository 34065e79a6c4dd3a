import KefuCore

/// The item a reply came from, and where it is written so an editor can jump there.
public struct SourceReference: Hashable, Sendable, Codable {
    public var kind: ItemKind
    public var id: ItemID
    public var file: String?
    public var line: Int?

    public init(kind: ItemKind, id: ItemID, location: SourceLocation? = nil) {
        self.kind = kind
        self.id = id
        self.file = location?.file
        self.line = location?.line
    }

    /// `faq/shipping-time`, the name the REPL badge, tests and reports use.
    public var label: String { "\(kind.rawValue)/\(id.rawValue)" }
}
