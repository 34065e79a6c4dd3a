import Foundation
import KefuBundle
import KefuCore
import KefuStore
import KefuSync

/// A bundle folder found from where a command runs, the way git finds its repository: the folder
/// itself or the nearest one above it that holds `bundle.yaml`. Everything a command, a server or the
/// console does with a bundle starts here: its store (opened, or locked for change), its engine
/// (`Workspace+Engine.swift`) and its shop data.
public struct Workspace: Sendable {
    public let root: URL
    /// Told how long work goes (a sync's files, the model's questions, an archive's items): a terminal's
    /// progress bar; `nil` where nobody watches.
    public var progress: (any ProgressReporter)?

    public init(root: URL, progress: (any ProgressReporter)? = nil) {
        self.root = root
        self.progress = progress
    }

    /// The bundle at or above `directory`.
    public static func find(from directory: URL) throws -> Workspace {
        var candidate = directory.standardizedFileURL
        while true {
            if FileManager.default.fileExists(atPath: candidate.appending(path: BundleLayout.manifestFile).path) {
                return Workspace(root: candidate)
            }
            let parent = candidate.deletingLastPathComponent()
            if parent.path == candidate.path { break }
            candidate = parent
        }
        throw AppFailure(.dataError, Message(.notABundle, directory.path))
    }

    public var storeURL: URL { root.appending(path: Store.relativePath) }

    /// The existing store; a failure telling the user how to create it when there is none.
    public func openExistingStore() throws -> Store {
        guard FileManager.default.fileExists(atPath: storeURL.path) else {
            throw AppFailure(.failure, Message(.storeMissing, Store.relativePath))
        }
        return try openStore()
    }

    /// Opens the store, saying why it cannot be: a full or failing disk, or a store that is not one.
    private func openStore() throws -> Store {
        do {
            return try Store.open(at: storeURL)
        } catch  where DiskFailure.matches(error) {
            throw AppFailure(.failure, Message(.diskFailed, "\(error)"))
        } catch {
            throw AppFailure(.failure, Message(.storeUnreadable, Store.relativePath, "\(error)"))
        }
    }

    /// The store for a command that changes it: locked against other kefu processes, created when
    /// the bundle has none yet (a bundle that arrived by copy or git clone), and with any sync a kill
    /// interrupted finished first.
    public func openStoreForChange() throws -> (store: Store, lock: StoreLock, created: Bool) {
        let created = !FileManager.default.fileExists(atPath: storeURL.path)
        let lock: StoreLock
        let language = Messages.environmentLanguage
        let unknownHolder = Message(.storeHolderUnknown).text(in: language)
        do {
            lock = try StoreLock(beside: storeURL, holder: Self.commandName) { holder in
                // Said at once, so a seller (or a test) sees who this kefu waits for.
                let note = Message(.storeLockWaiting, holder ?? unknownHolder).text(in: language)
                FileHandle.standardError.write(Data((note + "\n").utf8))
            }
        } catch StoreLockError.busy(let holder) {
            throw AppFailure(.failure, Message(.storeBusy, holder ?? unknownHolder))
        }
        let store = try openStore()
        writeSchemasIfMissing()
        if created, let data = try? Data(contentsOf: root.appending(path: BundleLayout.manifestFile)),
            let manifest = BundleLoader().readFile(BundleLayout.manifestFile, data: data)?.manifest
        {
            try store.setBundleID(manifest.bundleID)
        }
        return (store, lock, created)
    }

    /// The JSON Schemas that every bundle file's editor hint points at (`.kefu/schema/`), written when
    /// missing: `.kefu/` is never part of a bundle, so a clone, a copied sample or a git checkout has
    /// none until a command that changes the store runs. A folder that cannot take them only loses the
    /// editor's hints.
    public func writeSchemasIfMissing() {
        guard !FileManager.default.fileExists(atPath: root.appending(path: BundleJSONSchema.folder).path),
            let files = try? BundleJSONSchema.files()
        else { return }
        for (path, text) in files { try? AtomicFile.write(text, to: root.appending(path: path)) }
    }

    /// `kefu SUBCOMMAND`, as the store lock records its holder (never the rest of the command line, which
    /// may hold a buyer's words).
    public static var commandName: String {
        (["kefu"] + CommandLine.arguments.dropFirst().prefix(1).filter { !$0.hasPrefix("-") }).joined(separator: " ")
    }

    /// Runs `body` with the store opened for change and locked; the lock is released when it returns.
    public func withStoreForChange<Result>(_ body: (_ store: Store, _ created: Bool) throws -> Result) throws -> Result
    {
        let (store, lock, created) = try openStoreForChange()
        return try withExtendedLifetime(lock) { try body(store, created) }
    }

    /// Records a store-side change made by `makeChange` (a rollback, a resolve) under the store lock,
    /// then syncs so the working folder shows it.
    public func applyAndSync(_ makeChange: (Store) throws -> StoreChange) throws -> (
        change: StoreChange, changeset: Changeset?, sync: SyncReport
    ) {
        try withStoreForChange { store, _ in
            let change = try makeChange(store)
            let changeset = try store.apply(change)
            return (change, changeset, try folderSync(store).run())
        }
    }

    /// The shop data files (`data/*.csv`) by bundle-relative path.
    public func shopDataFiles() throws -> [String: Data] {
        let folder = root.appending(path: "data")
        var files: [String: Data] = [:]
        for name in ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
        where name.hasSuffix(".csv") {
            files["data/\(name)"] = try Data(contentsOf: folder.appending(path: name))
        }
        return files
    }

    /// Runs `body` with the store opened for change and the remote called `name`, turning a
    /// remote's refusals into messages that name it.
    public func withRemote<Result>(named name: String, _ body: (Store, Remote) throws -> Result) throws -> Result {
        try withStoreForChange { store, _ in
            guard let remote = try store.remote(named: name) else {
                throw AppFailure(.failure, Message(.remoteUnknown, name))
            }
            return try RemoteErrorMessage.translating(remote: name) { try body(store, remote) }
        }
    }

    /// The folder sync of this bundle; its author is found only if it records a change.
    public func folderSync(_ store: Store) -> FolderSync {
        var sync = FolderSync(root: root, store: store, authorName: ResolvedOnce { AuthorName.resolve() })
        sync.progress = progress
        return sync
    }
}
