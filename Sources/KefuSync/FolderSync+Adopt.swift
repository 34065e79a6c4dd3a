import Foundation
import KefuBundle
import KefuCore
import KefuStore

extension FolderSync {
    /// Records a bundle just written to the folder (by `init` or an import into an empty folder) as
    /// the store's state, without reading the files back: every item, the folder's baseline and each
    /// file's state, in one changeset. With `archive`, the archive the bundle came from agrees with the
    /// store on every item but the settings (another shop's settings are never imported). Only for a
    /// store that holds nothing yet.
    @discardableResult
    public func adopt(
        _ bundle: LoadedBundle, operation: Changeset.Operation, summary: String, archive: String? = nil
    ) throws -> Changeset {
        let staged = StagedItem.staging(bundle)
        var change = StoreChange(
            changeset: Changeset(operation: operation, source: Self.source, author: author, summary: summary))
        change.puts = staged
        change.baselineSource = Self.source
        if let archive { change.agreeing[archive] = staged.filter { $0.key != .bundleSettings } }
        change.baselinePuts = staged
        change.fileStates = fileStates(of: [BundleLayout.manifestFile] + bundle.files.map(\.path))
        guard let changeset = try store.apply(change) else { throw StoreError.notInserted }
        return changeset
    }

    /// Records that the folder's `files` were just written byte for byte from what `source` and the store
    /// agree on (a clone writes the remote's files, then pulls that same version into an empty store):
    /// the folder's baseline becomes a copy of `source`'s and each file's state is remembered, without
    /// reading 100,000 items back. Only when the store holds exactly `source`'s baseline.
    public func agree(with source: String, files: [String]) throws {
        try store.copyBaseline(from: source, to: Self.source, fileStates: fileStates(of: files))
    }

    /// The state of each of `paths` as it is now; one that cannot be read is left out, so the next sync
    /// reads it.
    private func fileStates(of paths: [String]) -> [FileState] {
        paths.compactMap { path in
            let url = root.appending(path: path)
            guard let stat = FileStat.of(url), let data = try? Data(contentsOf: url) else { return nil }
            return FileState(path: path, stat: stat, hash: ByteHash.of(data))
        }
    }
}
