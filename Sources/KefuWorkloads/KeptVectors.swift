import Foundation
import KefuEngine

/// Embeddings kept in memory between two compiles of a workload, as `.kefu/engine` keeps them between
/// two processes: the file's cost is the sync benchmarks' business, not the model's.
final class KeptVectors: EmbeddingStore, @unchecked Sendable {
    private let lock = NSLock()
    private var vectors: [EmbeddingKey: [Float]]

    init(_ vectors: [EmbeddingKey: [Float]] = [:]) { self.vectors = vectors }

    /// An independent store holding what this one holds now, so each timed compile starts alike.
    func copy() -> KeptVectors { KeptVectors(lock.withLock { vectors }) }

    func vectors(forKeys keys: [EmbeddingKey], dimension: Int) -> [EmbeddingKey: [Float]] {
        lock.withLock {
            var found: [EmbeddingKey: [Float]] = [:]
            for key in keys { if let vector = vectors[key], vector.count == dimension { found[key] = vector } }
            return found
        }
    }

    func save(_ vectors: [EmbeddingKey: [Float]], dimension: Int) {
        lock.withLock { self.vectors.merge(vectors) { _, new in new } }
    }
}
