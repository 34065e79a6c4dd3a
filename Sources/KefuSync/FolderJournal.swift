import Foundation
import KefuBundle
import KefuStore

/// Puts a sync's files in place after its transaction, and finishes the job for a sync that was
/// killed between the two: the journal (`PendingWrite` rows) is committed with the store change, so
/// either the change and its files both happen, or neither does.
struct FolderJournal {
    let root: URL
    let store: Store
    let fileCalls: any FileWriteCalls

    /// Finishes writes a killed sync committed to, and removes temporary files it left before
    /// committing. Forgets those files' state, so the next scan reads them again.
    func recover() throws {
        let pending = try store.pendingWrites()
        if !pending.isEmpty {
            try complete(pending)
        }
        removeStrayTemporaries(in: root, depth: 0)
    }

    /// Renames each temporary over its file (or removes the file), then clears the journal and
    /// records the new state of every file put in place.
    func complete(_ writes: [PendingWrite]) throws {
        var states: [FileState] = []
        for write in writes {
            let target = root.appending(path: write.path)
            if let temporary = write.temporary {
                let temporaryURL = root.appending(path: temporary)
                if FileManager.default.fileExists(atPath: temporaryURL.path) {
                    try AtomicFile.moveIntoPlace(temporaryURL, to: target, using: fileCalls)
                }
                if let data = try? Data(contentsOf: target), let stat = FileStat.of(target) {
                    states.append(FileState(path: write.path, stat: stat, hash: ByteHash.of(data)))
                }
            } else {
                try AtomicFile.remove(target)
            }
        }
        let removed = writes.filter { $0.temporary == nil }.map(\.path)
        try store.completePendingWrites(writes.compactMap(\.id), fileStates: states, forget: removed)
    }

    private func removeStrayTemporaries(in folder: URL, depth: Int) {
        guard depth < 8, let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return }
        // Only where kefu writes: the top of the bundle, its layout folders and conflicts/.
        let allowed = Set(BundleLayout.folders.keys).union(["conflicts"])
        for name in names where depth > 0 || allowed.contains(name) || name.hasPrefix(".") {
            let url = folder.appending(path: name)
            if name.hasPrefix("."), name.hasSuffix(AtomicFile.temporarySuffix) {
                try? FileManager.default.removeItem(at: url)
                continue
            }
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), isDirectory.boolValue {
                removeStrayTemporaries(in: url, depth: depth + 1)
            }
        }
    }
}
