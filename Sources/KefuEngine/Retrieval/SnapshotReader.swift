import Foundation

/// Reads what `SnapshotWriter` wrote, checking every count against the bytes left, so a truncated or
/// damaged file is an error rather than a crash.
struct SnapshotReader {
    /// What is read, for parts that read the rest of it later (`KeptWeightRuns`).
    let bytes: any KeptBytes
    /// How far reading has come, from the first byte.
    private(set) var offset = 0

    init(_ bytes: any KeptBytes) {
        self.bytes = bytes
    }

    var isAtEnd: Bool { offset == bytes.count }

    mutating func integer() throws -> UInt64 {
        guard bytes.count - offset >= 8 else { throw SnapshotError.truncated }
        var value: UInt64 = 0
        try withUnsafeMutableBytes(of: &value) { try bytes.read(into: $0, at: offset) }
        offset += 8
        return value
    }

    /// An array written by `SnapshotWriter.append(_:)`, read straight into the array's storage.
    mutating func array<Element: BitwiseCopyable>(of type: Element.Type) throws -> [Element] {
        let count = try integer()
        let stride = MemoryLayout<Element>.stride
        guard count <= UInt64((bytes.count - offset) / stride) else { throw SnapshotError.truncated }
        let start = offset
        let values = try [Element](unsafeUninitializedCapacity: Int(count)) { buffer, initialised in
            try bytes.read(into: UnsafeMutableRawBufferPointer(buffer), at: start)
            initialised = Int(count)
        }
        offset += Int(count) * stride
        return values
    }

    /// Steps over an array written by `SnapshotWriter.append(_:)`: where its elements begin, and how many.
    mutating func skipArray<Element: BitwiseCopyable>(of type: Element.Type) throws -> (offset: Int, count: Int) {
        let count = try integer()
        let stride = MemoryLayout<Element>.stride
        guard count <= UInt64((bytes.count - offset) / stride) else { throw SnapshotError.truncated }
        defer { offset += Int(count) * stride }
        return (offset, Int(count))
    }

    /// Texts written by `SnapshotWriter.append(texts:)`.
    mutating func texts() throws -> [String] {
        try runs(of: UInt8.self).map { String(decoding: $0, as: UTF8.self) }
    }

    /// Lists written by `SnapshotWriter.append(lists:)`.
    mutating func lists() throws -> [[Int32]] {
        try runs(of: Int32.self).map(Array.init)
    }

    /// A table written by `SnapshotWriter.append(table:)`.
    mutating func table() throws -> [Int32: [Int32]] {
        let keys = try array(of: Int32.self)
        let lists = try lists()
        guard keys.count == lists.count, zip(keys, keys.dropFirst()).allSatisfy({ $0 < $1 }) else {
            throw SnapshotError.inconsistent("a table's keys and lists disagree")
        }
        return Dictionary(uniqueKeysWithValues: zip(keys, lists))
    }

    /// Runs of elements written as their end offsets, then the elements; every offset is checked.
    private mutating func runs<Element: BitwiseCopyable>(of type: Element.Type) throws -> [ArraySlice<Element>] {
        let ends = try array(of: Int64.self)
        let elements = try array(of: type)
        var start = 0
        return try ends.map { end in
            guard end >= start, end <= elements.count else {
                throw SnapshotError.inconsistent("a run ends out of order")
            }
            defer { start = Int(end) }
            return elements[start..<Int(end)]
        }
    }
}
