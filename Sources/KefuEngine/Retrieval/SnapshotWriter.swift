import Foundation

/// Writes a compiled index as a flat run of counted arrays in the machine's byte order, so reading it
/// back is a copy per array rather than a parse: the whole point of keeping it (see `EngineIndexCache`).
struct SnapshotWriter {
    private(set) var data = Data()

    mutating func append(_ value: UInt64) {
        Swift.withUnsafeBytes(of: value) { data.append(contentsOf: $0) }
    }

    /// The count, then the elements' bytes.
    mutating func append<Element: BitwiseCopyable>(_ values: [Element]) {
        append(UInt64(values.count))
        values.withUnsafeBytes { data.append(contentsOf: $0) }
    }
}
