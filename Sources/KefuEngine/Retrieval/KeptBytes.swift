import Foundation

/// The bytes of a kept engine part, as an `EngineIndexCache` hands them over: in memory (`Data`), or a
/// file read piece by piece, so that a large FAQ index (190 MB at 100,000 items) is copied once, straight
/// into its arrays, and never held whole beside them.
public protocol KeptBytes: Sendable {
    /// How many bytes there are.
    var count: Int { get }
    /// Fills `target` with the bytes from `offset` on; `offset + target.count` is at most `count`.
    /// - Throws: when they cannot be read (a file cut short meanwhile); the part is then compiled again.
    func read(into target: UnsafeMutableRawBufferPointer, at offset: Int) throws
}

extension Data: KeptBytes {
    public func read(into target: UnsafeMutableRawBufferPointer, at offset: Int) throws {
        let start = startIndex + offset
        copyBytes(to: target.bindMemory(to: UInt8.self), from: start..<start + target.count)
    }
}

extension KeptBytes {
    /// Every byte, in memory.
    func allBytes() throws -> Data {
        if let data = self as? Data { return data }
        var data = Data(count: count)
        try data.withUnsafeMutableBytes { try read(into: $0, at: 0) }
        return data
    }
}
