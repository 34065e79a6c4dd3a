import KefuCore
import KefuStore

/// One item that changed on at least one side, with the three versions and the merge's outcome.
public struct PlannedMerge: Sendable {
    public let key: ItemKey
    /// The baseline: the item when the folder and the store last agreed.
    public let base: BundleItem?
    /// The store's current version.
    public let ours: BundleItem?
    /// The folder's current version.
    public let theirs: BundleItem?
    public let merge: ItemMerge
    /// Where the folder has the item now, where the baseline had it, and where the store files it.
    public let theirsFile: String?
    public let baseFile: String?
    public let oursFile: String?
    /// Theirs' canonical form when it was already made, so it is not made again.
    let theirsCanonical: Canonical?

    init(
        key: ItemKey, base: BundleItem?, ours: BundleItem?, theirs: BundleItem?, merge: ItemMerge, theirsFile: String?,
        baseFile: String?, oursFile: String?, theirsCanonical: Canonical? = nil
    ) {
        self.key = key
        self.base = base
        self.ours = ours
        self.theirs = theirs
        self.merge = merge
        self.theirsFile = theirsFile
        self.baseFile = baseFile
        self.oursFile = oursFile
        self.theirsCanonical = theirsCanonical
    }

    /// Theirs staged for the store, reusing its canonical form when there is one.
    func stagedTheirs(file: String) -> StagedItem? {
        guard let theirs else { return nil }
        guard let made = theirsCanonical else { return StagedItem(theirs, file: file) }
        return StagedItem(key: key, content: made.content, hash: made.hash, file: file, line: theirs.location?.line)
    }

    /// Whether the store must change to hold the result.
    public var changesStore: Bool { !Self.same(merge.result, ours) }
    /// Whether the folder must change to hold the result.
    public var changesFolder: Bool { !Self.same(merge.result, theirs) }

    public static func same(_ left: BundleItem?, _ right: BundleItem?) -> Bool {
        switch (left, right) {
        case (nil, nil): true
        case let (left?, right?): left.hasSameContent(as: right)
        default: false
        }
    }
}
