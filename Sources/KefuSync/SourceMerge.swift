import KefuBundle
import KefuCore
import KefuStore

/// Merges everything a source holds (a remote's bundle, an archive from another shop) into the store,
/// item by item against that source's baseline. The store keeps ours where both changed a field
/// differently; the source's new state becomes its baseline. The working folder follows on the next
/// folder sync.
public struct SourceMerge: Sendable {
    public let store: Store
    /// The source's name in baselines and changesets: a remote's name, an archive's bundle id.
    public let source: String
    /// Who the merge is by, and who the source's changes are by unless `apply` is told each item's author.
    public let author: String

    public init(store: Store, source: String, author: String) {
        self.store = store
        self.source = source
        self.author = author
    }

    /// The merge of every item the source changed since its baseline; `theirsFiles` says where the
    /// source files each item, so items new to the store keep the source's layout.
    public func plan(theirs: [ItemKey: BundleItem], theirsFiles: [ItemKey: String] = [:]) throws -> [PlannedMerge] {
        // Each item's canonical form is made on all cores (an archive of a large shop holds 100,000).
        let entries = Array(theirs)
        let forms = ParallelMap.map(entries, chunkSize: 256) { run in run.map { Canonical(of: $0.value) } }
        var canonical: [ItemKey: Canonical] = [:]
        canonical.reserveCapacity(theirs.count)
        for (entry, form) in zip(entries, forms) { canonical[entry.key] = form }
        // Hashes tell what changed; only the changed items' baseline entries are read whole.
        let baselineHashes = try store.baselineHashes(of: source)
        let changed = Set(theirs.keys).union(baselineHashes.keys).filter { key in
            canonical[key]?.hash.hex != baselineHashes[key]
        }
        let baseline = try store.baseline(of: source, keys: changed)
        let stored = try store.items(changed)
        return try changed.sorted().map { key in
            let base = try baseline[key].map { try CanonicalForm.item(kind: key.kind, canonical: $0.content) }
            let mine = canonical[key]
            // The store already holds exactly theirs: nothing to decode or merge.
            if let stored = stored[key], let mine, stored.hash == mine.hash.hex, let item = theirs[key] {
                return PlannedMerge(
                    key: key, base: base, ours: item, theirs: item, merge: ItemMerge(.converged, item),
                    theirsFile: theirsFiles[key], baseFile: baseline[key]?.file, oursFile: stored.file,
                    theirsCanonical: mine)
            }
            let ours = try stored[key].map { try CanonicalForm.item(kind: key.kind, canonical: $0.content) }
            return PlannedMerge(
                key: key, base: base, ours: ours, theirs: theirs[key],
                merge: ThreeWayMerge.merge(base: base, ours: ours, theirs: theirs[key]), theirsFile: theirsFiles[key],
                baseFile: baseline[key]?.file, oursFile: stored[key]?.file, theirsCanonical: mine)
        }
    }

    /// Applies `plan` in one transaction. A version taken as the source has it (and the source's side of a
    /// conflict) is credited to its maker in `authorship`; a merge of both sides is by `author`.
    /// - Returns: the changeset, or `nil` when the source changed nothing the store did not have.
    @discardableResult
    public func apply(
        _ plan: [PlannedMerge], operation: Changeset.Operation = .pull, remoteVersion: String? = nil,
        authorship: [ItemKey: Authorship] = [:]
    ) throws -> Changeset? {
        var change = StoreChange(
            changeset: Changeset(operation: operation, source: source, author: author, summary: "merge from \(source)"))
        change.baselineSource = source
        change.remoteVersion = remoteVersion.map { (source, $0) }
        for merge in plan {
            let file = merge.oursFile ?? merge.theirsFile ?? merge.baseFile ?? merge.key.kind.defaultFile
            let madeBy = authorship[merge.key]
            if merge.changesStore {
                if let result = merge.merge.result {
                    let same = merge.theirs.map { PlannedMerge.same($0, result) } ?? false
                    if same {
                        var theirs = merge.stagedTheirs(file: file) ?? StagedItem(result, file: file)
                        theirs.authorship = madeBy
                        change.puts.append(theirs)
                    } else {
                        change.puts.append(StagedItem(result, file: file))
                    }
                } else {
                    change.deletes.append(merge.key)
                    if merge.theirs == nil { change.deletionAuthorship[merge.key] = madeBy }
                }
            }
            let stage = { (theirs: BundleItem) in
                var staged = merge.stagedTheirs(file: file) ?? StagedItem(theirs, file: file)
                staged.authorship = madeBy
                return staged
            }
            if let draft = try merge.conflictDraft(
                source: source, stage: stage, store: store, theirsAuthor: madeBy?.author ?? author)
            {
                change.conflicts.append(draft)
            }
            if let theirs = merge.stagedTheirs(file: file) {
                change.baselinePuts.append(theirs)
            } else {
                change.baselineDeletes.append(merge.key)
            }
        }
        return try store.apply(change)
    }

    /// The file each item of `bundle` is written in.
    public static func files(of bundle: LoadedBundle) -> [ItemKey: String] {
        var files: [ItemKey: String] = [.bundleSettings: BundleLayout.manifestFile]
        for file in bundle.files {
            for key in file.items { files[key] = file.path }
        }
        return files
    }

    /// Merges a whole loaded bundle from the source.
    @discardableResult
    public func merge(_ bundle: LoadedBundle, operation: Changeset.Operation = .pull, remoteVersion: String? = nil)
        throws
        -> (plan: [PlannedMerge], changeset: Changeset?)
    {
        let plan = try plan(theirs: bundle.items, theirsFiles: Self.files(of: bundle))
        return (plan, try apply(plan, operation: operation, remoteVersion: remoteVersion))
    }

    /// Merges a remote's bundle as read, each change credited to its maker; with `deletions`, refused
    /// (the store unchanged) when the remote would delete more than it allows.
    func merge(_ reading: consuming RemoteReading, checking deletions: DeletionGuard? = nil) throws -> (
        plan: [PlannedMerge], changeset: Changeset?
    ) {
        let plan = try plan(theirs: reading.bundle.items, theirsFiles: Self.files(of: reading.bundle))
        try deletions?.check(
            deleting: plan.filter { $0.changesStore && $0.merge.result == nil }.map(\.key),
            outOf: try store.itemCounts())
        let version = reading.version
        let authorship = try reading.authorship(for: plan)
        // The plan holds every item it takes; the reading's bundle and authors file go before the store
        // is written (a large remote's are tens of megabytes).
        _ = consume reading
        let changeset = try apply(plan, operation: .pull, remoteVersion: version, authorship: authorship)
        return (plan, changeset)
    }
}
