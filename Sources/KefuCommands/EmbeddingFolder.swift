import Foundation
import KefuBundle
import KefuEngine

/// The sentence model's embeddings of every text the engine compiled, in one file in `.kefu/engine/`, by
/// the SHA-256 of the model and the text: a sync that edits one FAQ embeds only that FAQ's texts. Written
/// atomically; a damaged or foreign file is read as empty (its texts are embedded again), never trusted.
///
/// Layout: "KEFUEMB1", the dimension and the count (UInt64 each), then per text its 32-byte key and
/// `dimension` Float32s.
struct EmbeddingFolder: EmbeddingStore {
    static let magic = Array("KEFUEMB1".utf8)
    static let fileName = "embeddings.bin"
    /// More texts than a 100,000-item bundle holds: a larger file is not one kefu wrote.
    static let maximumCount = 2_000_000

    let folder: URL
    var url: URL { folder.appending(path: Self.fileName) }

    func vectors(forKeys keys: [EmbeddingKey], dimension: Int) -> [EmbeddingKey: [Float]] {
        let kept = read(dimension: dimension)
        var found: [EmbeddingKey: [Float]] = [:]
        for key in keys { if let vector = kept[key] { found[key] = vector } }
        return found
    }

    func save(_ vectors: [EmbeddingKey: [Float]], dimension: Int) {
        var all = read(dimension: dimension)
        all.merge(vectors) { _, new in new }
        var data = Data(Self.magic)
        func append(_ number: UInt64) { withUnsafeBytes(of: number.littleEndian) { data.append(contentsOf: $0) } }
        append(UInt64(dimension))
        append(UInt64(all.count))
        data.reserveCapacity(data.count + all.count * (32 + dimension * 4))
        // In key order, so the same texts always give the same bytes.
        for (key, vector) in all.sorted(by: { $0.key.bytes.lexicographicallyPrecedes($1.key.bytes) }) {
            data.append(contentsOf: key.bytes)
            vector.withUnsafeBytes { data.append(contentsOf: $0) }
        }
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        // A read-only or full disk costs the next compile the embeddings, nothing more.
        try? AtomicFile.write(data, to: url)
    }

    private func read(dimension: Int) -> [EmbeddingKey: [Float]] {
        guard let data = try? Data(contentsOf: url, options: .mappedIfSafe), data.count >= 24,
            Array(data.prefix(8)) == Self.magic
        else { return [:] }
        func number(at offset: Int) -> Int {
            Int(truncatingIfNeeded: data.withUnsafeBytes { UInt64(littleEndian: $0.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) })
        }
        let keptDimension = number(at: 8)
        let count = number(at: 16)
        let recordSize = 32 + dimension * 4
        guard keptDimension == dimension, count >= 0, count <= Self.maximumCount,
            data.count == 24 + count * recordSize
        else { return [:] }
        var vectors: [EmbeddingKey: [Float]] = [:]
        vectors.reserveCapacity(count)
        data.withUnsafeBytes { bytes in
            for record in 0..<count {
                let start = 24 + record * recordSize
                let key = EmbeddingKey(bytes: Array(bytes[start..<start + 32]))
                var vector = [Float](repeating: 0, count: dimension)
                vector.withUnsafeMutableBytes { $0.copyMemory(from: UnsafeRawBufferPointer(rebasing: bytes[start + 32..<start + recordSize])) }
                vectors[key] = vector
            }
        }
        return vectors
    }
}
