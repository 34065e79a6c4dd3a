import KefuCore

/// What accepting a group of unanswered questions would change: the FAQ as it is (nil for a new one)
/// and as it would be, and the file it is written to. `kefu report --accept N --dry-run` and the
/// console's preview show it before anything changes.
public struct AcceptanceProposal: Sendable {
    public var group: Int
    public var before: BundleItem?
    public var after: BundleItem
    public var file: String
}
