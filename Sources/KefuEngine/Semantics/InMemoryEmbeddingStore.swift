import Foundation

/// Embeddings kept in memory for the life of the value, as `.kefu/engine/embeddings.bin` keeps them on
/// disk between processes: for what compiles an engine more than once in one process (benchmarks, tests).
public final class InMemoryEmbeddingStore: EmbeddingStore, @unchecked Sendable {
    private let lock = NSLock()
    private var kept: [EmbeddingKey: [Float]]

    public init(_ kept: [EmbeddingKey: [Float]] = [:]) { self.kept = kept }

    /// How many texts' vectors are kept.
    public var count: Int { lock.withLock { kept.count } }

    /// An independent store holding what this one holds now.
    public func copy() -> InMemoryEmbeddingStore { InMemoryEmbeddingStore(lock.withLock { kept }) }

    public func vectors(forKeys keys: [EmbeddingKey], dimension: Int) -> [EmbeddingKey: [Float]] {
        lock.withLock {
            var found: [EmbeddingKey: [Float]] = [:]
            for key in keys { if let vector = kept[key], vector.count == dimension { found[key] = vector } }
            return found
        }
    }

    public func save(_ vectors: [EmbeddingKey: [Float]], dimension: Int) {
        lock.withLock { kept.merge(vectors) { _, new in new } }
    }
}
