import Foundation
import KefuEngine
import Synchronization

/// An `EngineIndexCache` in memory that counts its reads and saves, and lets a test damage what it keeps.
final class MemoryIndexCache: EngineIndexCache {
    private let kept = Mutex<[KeptPart: [String: Data]]>([:])
    private let counts = Mutex<[KeptPart: (reads: Int, saves: Int)]>([:])

    /// The keys of the kept FAQ indexes.
    var keys: [String] { keys(of: .faqIndex) }
    /// How many FAQ indexes were read and saved.
    var reads: Int { counts.withLock { $0[.faqIndex]?.reads ?? 0 } }
    var saves: Int { saves(of: .faqIndex) }

    func keys(of part: KeptPart) -> [String] { kept.withLock { Array(($0[part] ?? [:]).keys).sorted() } }
    func saves(of part: KeptPart) -> Int { counts.withLock { $0[part]?.saves ?? 0 } }

    func kept(_ part: KeptPart, forKey key: String) -> (any KeptBytes)? {
        counts.withLock { $0[part, default: (0, 0)].reads += 1 }
        return kept.withLock { $0[part]?[key] }
    }

    func keep(_ data: Data, as part: KeptPart, forKey key: String) {
        counts.withLock { $0[part, default: (0, 0)].saves += 1 }
        kept.withLock { $0[part, default: [:]][key] = data }
    }

    /// Replaces what is kept as `part` under `key` by `change(kept)`.
    func damage(_ key: String, part: KeptPart = .faqIndex, _ change: (Data) -> Data) {
        kept.withLock { parts in
            if let data = parts[part]?[key] { parts[part]?[key] = change(data) }
        }
    }
}
