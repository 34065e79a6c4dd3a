import Crypto
import Foundation
import KefuCore

/// Embeds texts through the encoder, reading back those the store keeps and keeping the new ones, in
/// batches so the model's engine can spread them over the cores.
struct TextEmbeddings: Sendable {
    static let batchSize = 64

    let encoder: any SentenceEncoder
    let store: (any EmbeddingStore)?
    /// Told of the texts embedded so far (those read back from the store cost nothing and are not counted).
    var progress: (any ProgressReporter)? = nil
    var dimension: Int { encoder.dimension }

    /// One vector per text, in order: `texts.count * dimension` floats.
    func vectors(of texts: [String]) throws -> [Float] {
        let keys = texts.map(key(of:))
        var known = store?.vectors(forKeys: Array(Set(keys)), dimension: dimension) ?? [:]
        var missing: [(text: String, key: EmbeddingKey)] = []
        var seen: Set<EmbeddingKey> = []
        for (text, key) in zip(texts, keys) where known[key] == nil && seen.insert(key).inserted {
            missing.append((text, key))
        }
        var fresh: [EmbeddingKey: [Float]] = [:]
        let counter = ProgressCounter(.embeddingQuestions, total: missing.count, reporter: progress)
        for start in stride(from: 0, to: missing.count, by: Self.batchSize) {
            let batch = missing[start..<min(start + Self.batchSize, missing.count)]
            let vectors = try encoder.embed(batch.map(\.text))
            guard vectors.count == batch.count * dimension else { throw SentenceEncoderError.wrongShape }
            for (offset, entry) in batch.enumerated() {
                fresh[entry.key] = Array(vectors[offset * dimension..<(offset + 1) * dimension])
            }
            counter.advance(by: batch.count)
        }
        if !fresh.isEmpty {
            store?.save(fresh, dimension: dimension)
            known.merge(fresh) { _, new in new }
        }
        var result: [Float] = []
        result.reserveCapacity(texts.count * dimension)
        for key in keys { result.append(contentsOf: known[key] ?? [Float](repeating: 0, count: dimension)) }
        return result
    }

    /// The SHA-256 of the model's identity and the text.
    func key(of text: String) -> EmbeddingKey {
        var hasher = SHA256()
        hasher.update(data: Data(encoder.identity.utf8))
        hasher.update(data: Data([0]))
        hasher.update(data: Data(text.utf8))
        return EmbeddingKey(bytes: Array(hasher.finalize()))
    }
}
