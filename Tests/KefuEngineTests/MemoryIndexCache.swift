import Foundation
import KefuEngine
import Synchronization

/// An `EngineIndexCache` in memory that counts its reads and saves, and lets a test damage what it keeps.
final class MemoryIndexCache: EngineIndexCache {
    private let kept = Mutex<[String: Data]>([:])
    private let counts = Mutex<(reads: Int, saves: Int)>((0, 0))

    var keys: [String] { kept.withLock { Array($0.keys).sorted() } }
    var reads: Int { counts.withLock { $0.reads } }
    var saves: Int { counts.withLock { $0.saves } }

    func index(forKey key: String) -> Data? {
        counts.withLock { $0.reads += 1 }
        return kept.withLock { $0[key] }
    }

    func save(_ index: Data, forKey key: String) {
        counts.withLock { $0.saves += 1 }
        kept.withLock { $0[key] = index }
    }

    /// Replaces what is kept under `key` by `change(kept)`.
    func damage(_ key: String, _ change: (Data) -> Data) {
        kept.withLock { $0[key] = $0[key].map(change) }
    }
}
