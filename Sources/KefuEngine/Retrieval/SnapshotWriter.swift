import Foundation

/// Writes a compiled index as a flat run of counted arrays in the machine's byte order, so reading it
/// back is a copy per array rather than a parse: the whole point of keeping it (see `EngineIndexCache`).
struct SnapshotWriter {
    private(set) var data = Data()

    init() {}

    /// A writer with room for `capacity` bytes: a large index then grows its bytes once rather than by
    /// doubling (at 100,000 items, 190 MB copied over and over).
    init(capacity: Int) {
        data.reserveCapacity(capacity)
    }

    /// The bytes `append(_:)` writes for `values`.
    static func size<Element: BitwiseCopyable>(of values: [Element]) -> Int {
        8 + values.count * MemoryLayout<Element>.stride
    }

    mutating func append(_ value: UInt64) {
        Swift.withUnsafeBytes(of: value) { data.append(contentsOf: $0) }
    }

    /// The count, then the elements' bytes.
    mutating func append<Element: BitwiseCopyable>(_ values: [Element]) {
        append(UInt64(values.count))
        values.withUnsafeBytes { data.append(contentsOf: $0) }
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
