import KefuCore

/// Why an item could not be merged on its own. The store keeps `ours` (or, after a delete on one
/// side, the version that was modified) and records both sides until a person resolves it.
public struct MergeConflict: Hashable, Sendable {
    public enum Reason: String, Hashable, Sendable, Codable {
        /// The same field was changed differently on both sides.
        case fields
        /// Both sides added the item, with different content.
        case bothAdded = "both-added"
        /// Ours deleted the item, theirs modified it: theirs survives.
        case deletedByOurs = "deleted-by-ours"
        /// Theirs deleted the item, ours modified it: ours survives.
        case deletedByTheirs = "deleted-by-theirs"
    }

    public let reason: Reason
    /// The fields changed differently on both sides, sorted; empty unless `reason` is `.fields`.
    public let fields: [String]

    public init(_ reason: Reason, fields: [String] = []) {
        self.reason = reason
        self.fields = fields
    }
}
