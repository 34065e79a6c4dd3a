import Foundation
import KefuEngine
import Synchronization

/// An `EngineIndexCache` in memory that counts what it saves, and lets a test damage what it keeps.
final class MemoryIndexCache: EngineIndexCache {
    private let kept = Mutex<[KeptPart: [String: Data]]>([:])
    private let savesOfPart = Mutex<[KeptPart: Int]>([:])

    /// The keys of the kept FAQ indexes.
    var keys: [String] { keys(of: .faqIndex) }
    /// How many FAQ indexes were saved.
    var saves: Int { saves(of: .faqIndex) }

    func keys(of part: KeptPart) -> [String] { kept.withLock { Array(($0[part] ?? [:]).keys).sorted() } }
    func saves(of part: KeptPart) -> Int { savesOfPart.withLock { $0[part] ?? 0 } }

    func kept(_ part: KeptPart, forKey key: String) -> (any KeptBytes)? {
        kept.withLock { $0[part]?[key] }
    }

    func keep(_ data: Data, as part: KeptPart, forKey key: String) {
        savesOfPart.withLock { $0[part, default: 0] += 1 }
        kept.withLock { $0[part, default: [:]][key] = data }
    }

    /// Replaces what is kept as `part` under `key` by `change(kept)`.
    func damage(_ key: String, part: KeptPart = .faqIndex, _ change: (Data) -> Data) {
        kept.withLock { parts in
            if let data = parts[part]?[key] { parts[part]?[key] = change(data) }
        }
    }
}
