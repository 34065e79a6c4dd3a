import Foundation
import KefuBundle
import KefuEngine

/// The engine's kept FAQ indexes, one file per content key in `.kefu/engine/` beside the store. The first
/// command to answer from a new store version compiles the index and keeps it; every later process
/// (`kefu ask`, `serve`, `report`, `replay`) reads it back. `kefu chat` and `kefu test` still
/// compile their own engine. Written atomically, so a killed writer leaves
/// no half file under a key; a damaged file is compiled again (the engine checks every array).
struct EngineIndexFolder: EngineIndexCache {
    /// Indexes of this many content versions are kept (a replay against an older changeset, a second
    /// checkout); older ones are removed when a new one is saved.
    static let kept = 3
    static let fileExtension = "index"

    let folder: URL

    func index(forKey key: String) -> Data? {
        try? Data(contentsOf: url(forKey: key), options: .mappedIfSafe)
    }

    func save(_ index: Data, forKey key: String) {
        do {
            try AtomicFile.write(index, to: url(forKey: key))
        } catch {
            return  // A read-only or full disk costs the next process a compile, nothing more.
        }
        let manager = FileManager.default
        let indexes =
            (try? manager.contentsOfDirectory(at: folder, includingPropertiesForKeys: [.contentModificationDateKey]))?
            .filter { $0.pathExtension == Self.fileExtension } ?? []
        let newestFirst = indexes.sorted { modified($0) > modified($1) }
        for stale in newestFirst.dropFirst(Self.kept)
        where stale.lastPathComponent != url(forKey: key).lastPathComponent {
            try? manager.removeItem(at: stale)
        }
    }

    private func url(forKey key: String) -> URL {
        folder.appending(path: "\(key).\(Self.fileExtension)")
    }

    private func modified(_ url: URL) -> Date {
        (try? url.resourceValues(forKeys: [.contentModificationDateKey]).contentModificationDate) ?? .distantPast
    }
}
