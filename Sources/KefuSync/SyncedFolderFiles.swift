import Foundation
import KefuBundle
import KefuCore
import KefuStore

/// The working folder's bundle files byte for byte, when they hold exactly the store's items: what an
/// export right after a sync copies instead of decoding and rendering every stored item again (so the
/// seller's layout and comments travel too). Any doubt gives `nil`, and the export renders the store.
enum SyncedFolderFiles {
    /// The files under `root` that the last folder sync read or wrote (bundle.yaml aside, since an export
    /// writes its own version), when the store holds exactly the folder's baseline, every file that
    /// baseline files an item in is among them, and each still has the bytes that sync saw. `progress` is
    /// told of each file read.
    static func read(root: URL, store: Store, progress: (any ProgressReporter)? = nil) throws -> [String: Data]? {
        guard try store.keysChangedSinceBaseline(of: FolderSync.source).isEmpty else { return nil }
        let states = try store.fileStates()
        // An item filed nowhere, or in a file sync did not remember, is not in these bytes.
        let filed = try store.filesInBaseline(of: FolderSync.source)
        guard filed.allSatisfy({ file in file.map { states[$0] != nil } ?? false }) else { return nil }
        // Item files only: shop data is exported only when asked for, and never through here.
        let paths = states.keys.filter { path in
            path != BundleLayout.manifestFile && BundleLayout.kind(ofFile: path) != nil
        }.sorted()
        let counter = ProgressCounter(.writingArchive, total: paths.count, reporter: progress)
        // A file edited, or unreadable, since the sync no longer holds what the baseline says.
        let contents = ParallelMap.map(paths) { path -> Data? in
            defer { counter.advance() }
            guard let data = try? Data(contentsOf: root.appending(path: path)),
                ByteHash.of(data) == states[path]?.hash
            else { return nil }
            return data
        }
        var files: [String: Data] = [:]
        for (path, data) in zip(paths, contents) {
            guard let data else { return nil }
            files[path] = data
        }
        return files
    }
}
