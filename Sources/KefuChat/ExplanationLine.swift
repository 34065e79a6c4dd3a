import KefuCore

/// One line of `:why`: what it says, how it reads (the winner stands out, losers are dimmed), and the
/// file:line of the item it is about.
public struct ExplanationLine: Hashable, Sendable {
    public enum Tone: Hashable, Sendable {
        case plain
        /// The item or step that decided the reply.
        case chosen
        /// Considered and passed over.
        case passed
        /// Something the seller should look at (a missing locale, a blocked phrase).
        case warning
    }

    public var text: Message
    public var tone: Tone
    /// `faq/logistics.yaml:12:3`, when the line is about an item.
    public var location: String?
    /// The item the line is about, so a front end can link to it.
    public var item: ItemKey?

    public init(_ text: Message, tone: Tone = .plain, at location: String? = nil, about item: ItemKey? = nil) {
        self.text = text
        self.tone = tone
        self.location = location.flatMap { $0.isEmpty ? nil : $0 }
        self.item = item
    }
}
