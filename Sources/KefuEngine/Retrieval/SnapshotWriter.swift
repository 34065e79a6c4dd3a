import Foundation

/// Writes a compiled index as a flat run of counted arrays in the machine's byte order, so reading it
/// back is a copy per array rather than a parse: the whole point of keeping it (see `EngineIndexCache`).
/// Either into `data`, or streamed to a sink as it is written (`init(streamingTo:)`), so that a large
/// index is never held twice, once compiled and once as bytes (120 MB at 100,000 items).
struct SnapshotWriter {
    /// The bytes written, or when streaming, those not yet handed to the sink.
    private(set) var data = Data()
    private let sink: ((UnsafeRawBufferPointer) throws -> Void)?
    /// The sink's first error: appends cannot throw, so `finish()` does.
    private var failure: (any Error)?
    /// Bytes gathered before they go to the sink; an array this long or longer goes to it directly.
    static let streamingBuffer = 1 << 20

    init() {
        sink = nil
    }

    /// A writer that hands its bytes to `sink` in order, in pieces; `finish()` hands over the last.
    init(streamingTo sink: @escaping (UnsafeRawBufferPointer) throws -> Void) {
        self.sink = sink
    }

    /// Hands what is left to the sink. - Throws: the sink's first error.
    mutating func finish() throws {
        flush()
        if let failure { throw failure }
    }

    private mutating func write(_ bytes: UnsafeRawBufferPointer) {
        guard let sink else { return data.append(contentsOf: bytes) }
        if data.count + bytes.count > Self.streamingBuffer { flush() }
        guard bytes.count < Self.streamingBuffer else { return hand(bytes, to: sink) }
        data.append(contentsOf: bytes)
    }

    private mutating func flush() {
        guard let sink, !data.isEmpty else { return }
        var pending = Data()
        swap(&pending, &data)
        pending.withUnsafeBytes { hand($0, to: sink) }
        pending.removeAll(keepingCapacity: true)
        data = pending
    }

    private mutating func hand(_ bytes: UnsafeRawBufferPointer, to sink: (UnsafeRawBufferPointer) throws -> Void) {
        guard failure == nil else { return }
        do { try sink(bytes) } catch { failure = error }
    }

    mutating func append(_ value: UInt64) {
        Swift.withUnsafeBytes(of: value) { write($0) }
    }

    /// The count, then the elements' bytes.
    mutating func append<Element: BitwiseCopyable>(_ values: [Element]) {
        append(UInt64(values.count))
        values.withUnsafeBytes { write($0) }
    }

    /// Texts as the offset where each ends, then all their UTF-8 bytes.
    mutating func append(texts: [String]) {
        var bytes: [UInt8] = []
        var ends: [Int64] = []
        for text in texts {
            bytes += text.utf8
            ends.append(Int64(bytes.count))
        }
        append(ends)
        append(bytes)
    }

    /// Lists of numbers as the offset where each ends, then all their elements.
    mutating func append(lists: [[Int32]]) {
        var ends: [Int64] = []
        var elements: [Int32] = []
        for list in lists {
            elements += list
            ends.append(Int64(elements.count))
        }
        append(ends)
        append(elements)
    }

    /// A table from numbers to lists of numbers, as its sorted keys and their lists.
    mutating func append(table: [Int32: [Int32]]) {
        let keys = table.keys.sorted()
        append(keys)
        append(lists: keys.map { table[$0] ?? [] })
    }
}
