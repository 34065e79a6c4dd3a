import Foundation
import KefuBundle
import KefuEngine

/// The sentence model's embeddings of every text the engine compiled, in one file in `.kefu/engine/`, by
/// the SHA-256 of the model and the text: a sync that edits one FAQ embeds only that FAQ's texts. Written
/// atomically; a damaged or foreign file is read as empty (its texts are embedded again), never trusted.
///
/// Layout: "KEFUEMB1", the dimension and the count (UInt64 each), then per text its 32-byte key and
/// `dimension` Float32s. The file is mapped and its keys indexed once per value; only the vectors asked
/// for are copied out, and a save copies the kept records' bytes as they are.
public struct EmbeddingFolder: EmbeddingStore {
    static let magic = Array("KEFUEMB1".utf8)
    static let fileName = "embeddings.bin"
    static let headerSize = 24
    /// More texts than a 100,000-item bundle holds: a larger file is not one kefu wrote.
    static let maximumCount = 2_000_000

    public let folder: URL
    private let kept = KeptEmbeddings()

    public init(folder: URL) { self.folder = folder }

    var url: URL { folder.appending(path: Self.fileName) }

    public func vectors(forKeys keys: [EmbeddingKey], dimension: Int) -> [EmbeddingKey: [Float]] {
        let file = kept.file(at: url, dimension: dimension)
        var found: [EmbeddingKey: [Float]] = [:]
        file.data.withUnsafeBytes { bytes in
            for key in keys {
                guard let start = file.offsets[key] else { continue }
                found[key] = Array(
                    UnsafeRawBufferPointer(rebasing: bytes[start + 32..<start + 32 + dimension * 4]).bindMemory(
                        to: Float.self))
            }
        }
        return found
    }

    public func save(_ vectors: [EmbeddingKey: [Float]], dimension: Int) {
        let file = kept.file(at: url, dimension: dimension)
        let recordSize = 32 + dimension * 4
        let keptRecords = file.offsets.filter { vectors[$0.key] == nil }.values.sorted()
        var data = Data(Self.magic)
        func append(_ number: UInt64) { withUnsafeBytes(of: number.littleEndian) { data.append(contentsOf: $0) } }
        append(UInt64(dimension))
        append(UInt64(keptRecords.count + vectors.count))
        data.reserveCapacity(Self.headerSize + (keptRecords.count + vectors.count) * recordSize)
        for start in keptRecords { data.append(file.data[start..<start + recordSize]) }
        // New texts in key order, so the same history always gives the same bytes.
        for (key, vector) in vectors.sorted(by: { $0.key.bytes.lexicographicallyPrecedes($1.key.bytes) }) {
            data.append(contentsOf: key.bytes)
            vector.withUnsafeBytes { data.append(contentsOf: $0) }
        }
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        // A read-only or full disk costs the next compile the embeddings, nothing more.
        try? AtomicFile.write(data, to: url)
        kept.forget()
    }

    /// The file as read, and where each key's record starts, read once until the next save.
    final class KeptEmbeddings: @unchecked Sendable {
        struct File {
            var data = Data()
            var offsets: [EmbeddingKey: Int] = [:]
        }

        private let lock = NSLock()
        private var file: File?

        func file(at url: URL, dimension: Int) -> File {
            lock.withLock {
                if let file { return file }
                let read = Self.read(url, dimension: dimension)
                file = read
                return read
            }
        }

        func forget() { lock.withLock { file = nil } }

        private static func read(_ url: URL, dimension: Int) -> File {
            guard let data = try? Data(contentsOf: url, options: .mappedIfSafe), data.count >= headerSize,
                Array(data.prefix(8)) == magic
            else { return File() }
            func number(at offset: Int) -> Int {
                Int(
                    truncatingIfNeeded: data.withUnsafeBytes {
                        UInt64(littleEndian: $0.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
                    })
            }
            let count = number(at: 16)
            let recordSize = 32 + dimension * 4
            guard number(at: 8) == dimension, count >= 0, count <= maximumCount,
                data.count == headerSize + count * recordSize
            else { return File() }
            var offsets: [EmbeddingKey: Int] = [:]
            offsets.reserveCapacity(count)
            data.withUnsafeBytes { bytes in
                for record in 0..<count {
                    let start = headerSize + record * recordSize
                    offsets[EmbeddingKey(bytes: Array(bytes[start..<start + 32]))] = start
                }
            }
            return File(data: data, offsets: offsets)
        }
    }
}
