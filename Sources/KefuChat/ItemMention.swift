import KefuCore

/// An item whose text mentions what `:find` looked for: which item, where, and the text that matched.
public struct ItemMention: Hashable, Sendable {
    public var kind: ItemKind
    public var id: String
    public var location: SourceLocation?
    /// The field the text was found in (`similar`, `keywords`, `answer.en`).
    public var field: String
    public var excerpt: String
}
