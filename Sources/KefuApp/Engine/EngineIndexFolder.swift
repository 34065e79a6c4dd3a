import Foundation
import KefuBundle
import KefuEngine

/// The engine's kept parts (`KeptPart`: FAQ indexes and catalogs), one file per part and content key in
/// `.kefu/engine/` beside the store. The first command to answer from a new store version compiles the
/// engine and keeps its parts; every later process (`kefu ask`, `serve`, `report`, `replay`) reads them
/// back. `kefu chat` and `kefu test` still compile their own engine. Written atomically, so a killed
/// writer leaves no half file under a key; a damaged file is compiled again (the engine checks every
/// array, and a catalog's digest).
struct EngineIndexFolder: EngineIndexCache {
    /// This many versions of each part are kept (a replay against an older changeset, a second
    /// checkout); older ones are removed when a new one is saved.
    static let kept = 3

    let folder: URL

    func kept(_ part: KeptPart, forKey key: String) -> (any KeptBytes)? {
        KeptFile(url(of: part, forKey: key))
    }

    func keep(_ data: Data, as part: KeptPart, forKey key: String) {
        keep(as: part, forKey: key) { sink in try data.withUnsafeBytes { try sink($0) } }
    }

    func keep(
        as part: KeptPart, forKey key: String,
        writing write: (_ sink: (UnsafeRawBufferPointer) throws -> Void) throws -> Void
    ) {
        let target = url(of: part, forKey: key)
        do {
            // A temporary of its own: another process may be compiling the same part at the same time.
            try AtomicFile.write(to: target, temporary: AtomicFile.uniqueTemporaryURL(beside: target), producing: write)
        } catch {
            return  // A read-only or full disk costs the next process a compile, nothing more.
        }
        let manager = FileManager.default
        let sameParts =
            (try? manager.contentsOfDirectory(at: folder, includingPropertiesForKeys: [.contentModificationDateKey]))?
            .filter { $0.pathExtension == part.rawValue } ?? []
        let newestFirst = sameParts.sorted { modified($0) > modified($1) }
        for stale in newestFirst.dropFirst(Self.kept) where stale.lastPathComponent != target.lastPathComponent {
            try? manager.removeItem(at: stale)
        }
    }

    private func url(of part: KeptPart, forKey key: String) -> URL {
        folder.appending(path: "\(key).\(part.rawValue)")
    }

    private func modified(_ url: URL) -> Date {
        (try? url.resourceValues(forKeys: [.contentModificationDateKey]).contentModificationDate) ?? .distantPast
    }
}
