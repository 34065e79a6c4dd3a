import KefuCore

/// A conflict found by a merge, before it is stored: both sides, the base, and who made them.
public struct ConflictDraft: Sendable, Hashable {
    public let key: ItemKey
    public let source: String
    public let reason: String
    public let fields: [String]
    public let base: String?
    public let ours: String?
    public let theirs: StagedItem?
    public let oursAuthor: String
    public let theirsAuthor: String

    public init(
        key: ItemKey, source: String, reason: String, fields: [String], base: String?, ours: String?,
        theirs: StagedItem?, oursAuthor: String, theirsAuthor: String
    ) {
        self.key = key
        self.source = source
        self.reason = reason
        self.fields = fields
        self.base = base
        self.ours = ours
        self.theirs = theirs
        self.oursAuthor = oursAuthor
        self.theirsAuthor = theirsAuthor
    }
}
