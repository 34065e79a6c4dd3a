import KefuCore

/// A pull or push that would delete more than a few items, or most of one kind, is refused unless the
/// person asked for it (`--allow-deletes`): an unreadable folder or a file cut off in a shared folder
/// once read as "no items", deleted a shop's FAQs and spread to every colleague on the next pull.
public struct DeletionGuard: Sendable {
    /// More deletions than this in one pull or push need `--allow-deletes`.
    public static let fewItems = 5
    /// As do at least this many of one kind, when they are more than half of it.
    public static let mostOfAKindFrom = 3

    public let allowsDeletes: Bool

    public init(allowsDeletes: Bool) { self.allowsDeletes = allowsDeletes }

    /// - Parameters:
    ///   - deleted: the items the pull or push would delete.
    ///   - before: how many items of each kind there are before it.
    /// - Throws: `RemoteError.tooManyDeletions` when the deletions need `--allow-deletes` and it was not given.
    public func check(deleting deleted: [ItemKey], outOf before: [ItemKind: Int]) throws {
        guard !allowsDeletes, !deleted.isEmpty else { return }
        let byKind = Dictionary(grouping: deleted, by: \.kind).mapValues(\.count)
        let mostOfAKind = byKind.contains { kind, count in
            count >= Self.mostOfAKindFrom && count * 2 > (before[kind] ?? 0)
        }
        guard deleted.count > Self.fewItems || mostOfAKind else { return }
        throw RemoteError.tooManyDeletions(
            count: deleted.count, examples: deleted.sorted().prefix(3).map(\.description))
    }
}
