import Foundation
import KefuBundle
import KefuCore
import KefuStore

/// `kefu pull`, `kefu push` and `kefu clone`: a working bundle and a shared rule repository.
///
/// Both pull and push sync the working folder first, so edits not yet synced are never lost or left
/// behind. A pull merges the remote's bundle into the store against that remote's baseline (the same
/// three-way rule and field merge as sync) and then writes the folder. A push refuses while conflicts
/// are open or when the remote moved since the last pull, and otherwise publishes the store's items.
public struct RemoteSync: Sendable {
    public let root: URL
    public let store: Store
    /// Who the pull or push is by, found when first needed: reading a remote's version (`kefu status`)
    /// needs none, and finding one may run `git config`.
    public var author: String { authorName.value }
    private let authorName: ResolvedOnce<String>
    /// How the folder's and a shared folder's files are written (the system calls, unless a test
    /// injects failures).
    public let fileCalls: any FileWriteCalls

    public init(root: URL, store: Store, author: String, fileCalls: any FileWriteCalls = SystemFileWriteCalls()) {
        self.init(root: root, store: store, authorName: ResolvedOnce(known: author), fileCalls: fileCalls)
    }

    /// The remote sync whose author is `authorName`'s value, asked for only when it is needed.
    public init(
        root: URL, store: Store, authorName: ResolvedOnce<String>,
        fileCalls: any FileWriteCalls = SystemFileWriteCalls()
    ) {
        self.root = root
        self.store = store
        self.authorName = authorName
        self.fileCalls = fileCalls
    }

    /// What a pull did.
    public struct PullReport: Sendable {
        /// The folder's own edits synced before pulling.
        public var before: SyncReport
        /// Every item the remote changed since the last pull, and how it merged.
        public var merges: [MergeOutcome]
        public var changeset: Changeset?
        /// The remote's version now agreed.
        public var version: String
        /// The store's changes written to the folder after pulling.
        public var after: SyncReport
        /// Conflict copies found in a shared folder, and the like.
        public var warnings: [Diagnostic]
    }

    /// What a push did.
    public struct PushReport: Sendable {
        public var before: SyncReport
        /// The remote's new version.
        public var version: String
        /// How many items the push sent that the remote did not have.
        public var itemsSent: Int
        /// Merges made when a git push was rejected and kefu pulled before trying again.
        public var mergedOnRetry: [PlannedMerge]
    }

    private var folderSync: FolderSync {
        FolderSync(root: root, store: store, authorName: authorName, fileCalls: fileCalls)
    }

    /// Merges the remote's bundle into the store, each change credited to the teammate who made it, then
    /// writes the folder.
    /// - Throws: `RemoteError.tooManyDeletions` (the store unchanged) when the remote would delete more than
    ///   `deletions` allows.
    public func pull(_ remote: Remote, deletions: DeletionGuard = DeletionGuard(allowsDeletes: false)) throws
        -> PullReport
    {
        let before = try folderSync.run()
        return try merge(from: remote, deletions: deletions, before: before)
    }

    /// The pull after the folder's own edits were synced (`before`); `kefu clone` starts here, so the
    /// files it just wrote are not taken as the cloning person's edits. `written` is what the clone wrote:
    /// the remote's files of that version, byte for byte. When the pull took that very version and nothing
    /// conflicts, the folder agrees with the remote as the store now does, and is not read back (at
    /// 100,000 items, the most of a clone); anything else syncs the folder.
    func merge(
        from remote: Remote, deletions: DeletionGuard, before: SyncReport,
        written: (version: String, files: [String])? = nil
    ) throws -> PullReport {
        let merged = try mergeIntoStore(from: remote, deletions: deletions)
        // The remote's items were read and dropped on worker threads: give that memory back before the
        // folder is written.
        FreedMemory.returnToSystem()
        let after: SyncReport
        if let written, merged.version == written.version, merged.merges.allSatisfy({ $0.conflict == nil }) {
            try folderSync.agree(with: remote.name, files: written.files)
            after = SyncReport()
        } else {
            after = try folderSync.run()
        }
        return PullReport(
            before: before, merges: merged.merges, changeset: merged.changeset, version: merged.version,
            after: after, warnings: merged.warnings)
    }

    /// The remote's bundle merged into the store. Only how each item merged comes back: the remote's
    /// items and the plan are let go before the folder is written (a clone of 100,000 items held them all
    /// through that sync).
    private func mergeIntoStore(from remote: Remote, deletions: DeletionGuard) throws -> (
        merges: [MergeOutcome], changeset: Changeset?, version: String, warnings: [Diagnostic]
    ) {
        let reading = try read(remote)
        let (version, warnings) = (reading.version, reading.warnings)
        let (plan, changeset) = try SourceMerge(store: store, source: remote.name, author: author)
            .merge(consume reading, checking: deletions)
        return (plan.map(MergeOutcome.init), changeset, version, warnings)
    }

    /// Publishes the store's items to the remote.
    /// - Throws: `RemoteError.conflictsOpen`, `.remoteMoved`, `.locked`, `.tooManyDeletions`, and what the
    ///   remote's I/O throws; the remote and the store are unchanged then.
    public func push(
        _ remote: Remote, breakingLock: Bool = false, deletions: DeletionGuard = DeletionGuard(allowsDeletes: false)
    ) throws -> PushReport {
        let before = try folderSync.run()
        let conflicts = try store.conflicts()
        guard conflicts.isEmpty else { throw RemoteError.conflictsOpen(count: conflicts.count) }
        try deletions.check(
            deleting: try store.keysDeletedSinceBaseline(of: remote.name),
            outOf: try store.itemCounts(inBaselineOf: remote.name))
        switch remote.kind {
        case .folder:
            let folder = FolderRemote(
                root: URL(filePath: remote.target, directoryHint: .isDirectory), fileCalls: fileCalls)
            let expected = remote.version.flatMap(Int.init)
            let sent = try store.countChangedSinceBaseline(of: remote.name)
            // Nothing new on either side: publishing again would only bump the version.
            if sent == 0, let expected, try folder.manifest()?.version == expected {
                // A push killed after recording its agreement may not have bumped bundle.yaml yet.
                try BundleVersion.write(expected, in: root, using: fileCalls)
                return PushReport(before: before, version: "\(expected)", itemsSent: 0, mergedOnRetry: [])
            }
            let bundle = try StoreBundle(store: store, version: (expected ?? 0) + 1)
            if let finished = try finishInterruptedPush(to: folder, of: remote, bundle: bundle, expected: expected) {
                return PushReport(before: before, version: "\(finished)", itemsSent: 0, mergedOnRetry: [])
            }
            let version = try folder.publish(
                try bundle.render(), authors: try ItemAuthors.text(of: store), expected: expected,
                bundleID: bundle.manifest.bundleID, author: author, breakingLock: breakingLock)
            try recordAgreement(with: remote, version: "\(version)", bundle: bundle)
            try BundleVersion.write(version, in: root, using: fileCalls)
            return PushReport(before: before, version: "\(version)", itemsSent: sent, mergedOnRetry: [])
        case .git:
            return try pushToGit(remote, before: before)
        }
    }

    /// Git: push on top of the commit last pulled; when the push is rejected because someone pushed in
    /// between, pull that (merging by item), and try again, a few times, before refusing as "pull first".
    private func pushToGit(_ remote: Remote, before: SyncReport) throws -> PushReport {
        let git = try gitRemote(remote)
        var agreed = remote.version
        // Fetch first: the clone it makes knows the branch even of an empty repository.
        let head = try git.fetch()
        let branch = try git.branch()
        guard head == agreed else { throw RemoteError.remoteMoved(remote: remote.name) }
        let sent = try store.countChangedSinceBaseline(of: remote.name)
        if sent == 0, let agreed {
            return PushReport(before: before, version: agreed, itemsSent: 0, mergedOnRetry: [])
        }
        var merged: [PlannedMerge] = []
        let attempts = 5
        for attempt in 0..<attempts {
            // A little jitter, so two pushers that collided do not collide again in step.
            if attempt > 0 { usleep(UInt32.random(in: 0...100_000)) }
            let version = try BundleVersion.read(in: root) + 1
            let bundle = try StoreBundle(store: store, version: version)
            let message = "kefu push by \(author): \(sent) items"
            if let commit = try git.commitAndPush(
                try bundle.render(), authors: try ItemAuthors.text(of: store), parent: agreed, branch: branch,
                author: author, message: message)
            {
                try recordAgreement(with: remote, version: commit, bundle: bundle)
                try BundleVersion.write(version, in: root, using: fileCalls)
                if !merged.isEmpty { _ = try folderSync.run() }
                return PushReport(before: before, version: commit, itemsSent: sent, mergedOnRetry: merged)
            }
            // Rejected: someone pushed first. Merge their bundle by item, then try again.
            let reading = try gitReading(git, branch: branch)
            let theirs = reading.version
            let (plan, _) = try SourceMerge(store: store, source: remote.name, author: author).merge(consume reading)
            merged += plan
            let open = try store.conflicts().count
            guard open == 0 else {
                _ = try folderSync.run()
                throw RemoteError.pullBroughtConflicts(count: open)
            }
            agreed = theirs
        }
        // Someone keeps pushing first. Everything pulled on the way is merged and kept; the folder
        // shows it, and the push is refused like any push behind the remote.
        _ = try folderSync.run()
        throw RemoteError.remoteMoved(remote: remote.name)
    }

    /// The remote's current version, read without changing anything: a folder remote's manifest, a git
    /// remote's branch head (`git ls-remote`). `nil` when the remote holds nothing yet.
    public func currentVersion(of remote: Remote) throws -> String? {
        switch remote.kind {
        case .folder:
            return try FolderRemote(root: URL(filePath: remote.target, directoryHint: .isDirectory)).manifest().map {
                "\($0.version)"
            }
        case .git:
            let output = try GitCommand(directory: nil).run(["ls-remote", remote.target], allowFailure: true)
            let heads = output.output.split(separator: "\n").map { $0.split(separator: "\t") }
            let head =
                heads.first { $0.count == 2 && $0[1] == "HEAD" }
                ?? heads.first { $0.count == 2 && $0[1].hasPrefix("refs/heads/") }
            return head.map { String($0[0]) }
        }
    }

    /// Reads a remote's bundle as it is now, and its version, changing nothing.
    public func bundle(of remote: Remote) throws -> (bundle: LoadedBundle, version: String) {
        let reading = try read(remote)
        return (reading.bundle, reading.version)
    }

    /// Reads a remote's bundle, its version, and who made what in it.
    func read(_ remote: Remote) throws -> RemoteReading {
        switch remote.kind {
        case .folder:
            let folder = FolderRemote(root: URL(filePath: remote.target, directoryHint: .isDirectory))
            let (bundle, manifest, warnings) = try folder.readSnapshot()
            let publisher = Authorship(
                author: ItemAuthors.cleanName(manifest.pushedBy) ?? remote.name, at: manifest.pushedAt)
            var reading = RemoteReading(
                bundle: bundle, version: "\(manifest.version)", warnings: warnings, authors: ItemAuthors(),
                publisher: publisher, fileAuthor: { _ in nil })
            reading.readAuthors { try folder.authors(of: manifest) }
            return reading
        case .git:
            return try gitReading(try gitRemote(remote), branch: nil)
        }
    }

    /// A git remote's bundle at its branch head: the authors file, else each file's last commit.
    private func gitReading(_ git: GitRemote, branch: String?) throws -> RemoteReading {
        let (bundle, commit) = try git.read(branch: branch)
        let publisher =
            try git.lastCommitAuthorship(upTo: commit, touching: nil) ?? Authorship(author: author, at: Date())
        var reading = RemoteReading(
            bundle: bundle, version: commit, warnings: [], authors: ItemAuthors(), publisher: publisher,
            fileAuthor: { try git.lastCommitAuthorship(upTo: commit, touching: $0) })
        reading.readAuthors { try git.authors() }
        return reading
    }

    func gitRemote(_ remote: Remote) throws -> GitRemote {
        try GitRemote(url: remote.target, clone: root.appending(path: ".kefu/remotes/\(remote.name)"))
    }

    /// A push killed after the remote switched to its snapshot but before the store recorded it left a
    /// remote that moved past `expected` to exactly the store's items. Rather than "pull first", the
    /// next push records that agreement. Returns the remote's version then, else `nil`.
    private func finishInterruptedPush(
        to folder: FolderRemote, of remote: Remote, bundle: StoreBundle, expected: Int?
    ) throws -> Int? {
        // Only a snapshot this author pushed can be one: a colleague's push is refused without reading it.
        guard let current = try folder.manifest(), current.version != expected, current.pushedBy == author,
            current.bundleID == bundle.manifest.bundleID.uuidString.lowercased()
        else { return nil }
        let (theirs, version, _) = try folder.read()
        let same =
            theirs.items.count == bundle.items.count
            && theirs.items.allSatisfy { key, item in
                bundle.items[key].map(CanonicalForm.hash(of:)) == CanonicalForm.hash(of: item)
            }
        guard same, version == current.version else { return nil }
        try recordAgreement(with: remote, version: "\(version)", bundle: bundle)
        try BundleVersion.write(version, in: root, using: fileCalls)
        return version
    }

    /// After a push the remote holds exactly the store's items: that is the new baseline.
    private func recordAgreement(with remote: Remote, version: String, bundle: StoreBundle) throws {
        var change = StoreChange(changeset: Changeset(operation: .push, source: remote.name, author: author))
        change.baselineSource = remote.name
        var fileOf: [ItemKey: String] = [.bundleSettings: BundleLayout.manifestFile]
        for file in bundle.files {
            for key in file.items { fileOf[key] = file.path }
        }
        change.baselinePuts = bundle.items.values.sorted { $0.key < $1.key }.map { item in
            StagedItem(item, file: fileOf[item.key] ?? item.key.kind.defaultFile)
        }
        let kept = Set(bundle.items.keys)
        change.baselineDeletes = try store.baseline(of: remote.name).keys.filter { !kept.contains($0) }
        change.remoteVersion = (remote.name, version)
        try store.apply(change)
    }
}
