import Foundation

/// Reads what `SnapshotWriter` wrote, checking every count against the bytes left, so a truncated or
/// damaged file is an error rather than a crash.
struct SnapshotReader {
    private let data: Data
    private var offset: Int

    init(_ data: Data) {
        self.data = data
        self.offset = data.startIndex
    }

    var isAtEnd: Bool { offset == data.endIndex }

    mutating func integer() throws -> UInt64 {
        guard data.endIndex - offset >= 8 else { throw SnapshotError.truncated }
        var value: UInt64 = 0
        withUnsafeMutableBytes(of: &value) { target in
            data.copyBytes(to: target.bindMemory(to: UInt8.self), from: offset..<offset + 8)
        }
        offset += 8
        return value
    }

    /// An array written by `SnapshotWriter.append(_:)`.
    mutating func array<Element: BitwiseCopyable>(of type: Element.Type) throws -> [Element] {
        let count = try integer()
        let stride = MemoryLayout<Element>.stride
        guard count <= UInt64((data.endIndex - offset) / stride) else { throw SnapshotError.truncated }
        let byteCount = Int(count) * stride
        let values = [Element](unsafeUninitializedCapacity: Int(count)) { buffer, initialised in
            let target = UnsafeMutableRawBufferPointer(buffer)
            data.copyBytes(to: target.bindMemory(to: UInt8.self), from: offset..<offset + byteCount)
            initialised = Int(count)
        }
        offset += byteCount
        return values
    }
}
