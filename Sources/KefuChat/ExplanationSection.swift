import KefuCore

/// A titled group of `:why` lines: the message, the rules, the FAQ ranking, the reply, the timings.
public struct ExplanationSection: Hashable, Sendable {
    public var title: Message
    public var lines: [ExplanationLine]

    public init(_ title: Message, _ lines: [ExplanationLine]) {
        self.title = title
        self.lines = lines
    }
}
