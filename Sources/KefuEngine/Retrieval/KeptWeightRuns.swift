import Foundation

/// A kept classifier's weights, read from the kept FAQ index one FAQ's run at a time and remembered.
///
/// They are most of the index (about 170 MB of its 190 MB at 100,000 items), and a `kefu ask` scores a
/// dozen FAQs: reading them all made the process hold 320 MB to answer one message. Every column is
/// checked when the index is read (`checkColumns`, a pass through a small buffer), so a damaged index is
/// compiled again as before; a run that still cannot be read later (a file damaged meanwhile) scores
/// nothing, so the FAQ is ranked by retrieval alone, never a crash.
final class KeptWeightRuns: @unchecked Sendable {
    /// One FAQ's weights, sorted by column.
    struct Run {
        let columns: [Int32]
        let values: [Float]
        static let empty = Run(columns: [], values: [])
    }

    private let bytes: any KeptBytes
    private let columnsOffset: Int
    private let valuesOffset: Int
    private let start: [Int32]
    private let columnCount: Int
    private let lock = NSLock()
    private var read: [Int32: Run] = [:]

    /// The runs whose columns begin at byte `columnsOffset` of `bytes` and values at `valuesOffset`, FAQ
    /// `f`'s from element `start[f]` to `start[f + 1]`; columns must be below `columnCount`.
    init(bytes: any KeptBytes, columnsOffset: Int, valuesOffset: Int, start: [Int32], columnCount: Int) {
        self.bytes = bytes
        self.columnsOffset = columnsOffset
        self.valuesOffset = valuesOffset
        self.start = start
        self.columnCount = columnCount
    }

    /// Checks that every run's columns are columns of the index, reading them a slice at a time.
    /// - Throws: `SnapshotError` when one is not, or the bytes end first.
    func checkColumns() throws {
        let total = Int(start.last ?? 0)
        let slice = 1 << 16
        var buffer = [Int32](repeating: 0, count: slice)
        for first in stride(from: 0, to: total, by: slice) {
            let count = min(slice, total - first)
            guard columnsOffset + (first + count) * MemoryLayout<Int32>.stride <= bytes.count else {
                throw SnapshotError.truncated
            }
            try buffer.withUnsafeMutableBytes { buffer in
                try bytes.read(
                    into: UnsafeMutableRawBufferPointer(rebasing: buffer.prefix(count * MemoryLayout<Int32>.stride)),
                    at: columnsOffset + first * MemoryLayout<Int32>.stride)
            }
            guard buffer.prefix(count).allSatisfy({ 0 <= $0 && Int($0) < columnCount }) else {
                throw SnapshotError.inconsistent("classifier weights")
            }
        }
    }

    /// FAQ `faq`'s run, read on first use.
    func run(of faq: Int32) -> Run {
        guard faq >= 0, Int(faq) + 1 < start.count else { return .empty }
        if let known = lock.withLock({ read[faq] }) { return known }
        let run = (try? readRun(of: Int(faq))) ?? .empty
        lock.withLock { read[faq] = run }
        return run
    }

    /// How many runs have been read: what a single answer costs in memory.
    var readCount: Int { lock.withLock { read.count } }

    private func readRun(of faq: Int) throws -> Run {
        let lower = Int(start[faq])
        let count = Int(start[faq + 1]) - lower
        guard valuesOffset + (lower + count) * MemoryLayout<Float>.stride <= bytes.count,
            columnsOffset + (lower + count) * MemoryLayout<Int32>.stride <= bytes.count
        else { return .empty }
        let columns = try [Int32](unsafeUninitializedCapacity: count) { buffer, initialised in
            try bytes.read(
                into: UnsafeMutableRawBufferPointer(buffer), at: columnsOffset + lower * MemoryLayout<Int32>.stride)
            initialised = count
        }
        let values = try [Float](unsafeUninitializedCapacity: count) { buffer, initialised in
            try bytes.read(
                into: UnsafeMutableRawBufferPointer(buffer), at: valuesOffset + lower * MemoryLayout<Float>.stride)
            initialised = count
        }
        guard columns.allSatisfy({ 0 <= $0 && Int($0) < columnCount }) else { return .empty }
        return Run(columns: columns, values: values)
    }

    /// Every run, for writing the classifier out again.
    func all() -> (columns: [Int32], values: [Float]) {
        var columns: [Int32] = []
        var values: [Float] = []
        for faq in 0..<max(0, start.count - 1) {
            let run = run(of: Int32(faq))
            columns += run.columns
            values += run.values
        }
        return (columns, values)
    }
}
