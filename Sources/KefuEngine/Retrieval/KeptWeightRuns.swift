import Foundation

/// A kept classifier's weights, read from the kept FAQ index one FAQ's run at a time and remembered.
///
/// They are most of the index (about 170 MB of its 190 MB at 100,000 items), and a `kefu ask` scores a
/// dozen FAQs: reading them all made the process hold 320 MB to answer one message. Every column is
/// checked when the index is read (`checkColumns`, a pass through a small buffer), so a damaged index is
/// compiled again as before. Scoring only compares a run's columns with the message's, never indexes by
/// them, so a run is read as it is; one that can no longer be read (the file cut short meanwhile) scores
/// nothing, and the FAQ is ranked by retrieval alone, never a crash.
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
    private let lock = NSLock()
    private var read: [Int32: Run] = [:]

    /// The runs whose columns begin at byte `columnsOffset` of `bytes` and values at `valuesOffset`, FAQ
    /// `f`'s from element `start[f]` to `start[f + 1]`.
    init(bytes: any KeptBytes, columnsOffset: Int, valuesOffset: Int, start: [Int32]) {
        self.bytes = bytes
        self.columnsOffset = columnsOffset
        self.valuesOffset = valuesOffset
        self.start = start
    }

    /// Checks that every column is one of the index's `columnCount`, reading them a slice at a time.
    /// - Throws: `SnapshotError` when one is not, or the bytes end first.
    func checkColumns(below columnCount: Int) throws {
        let total = Int(start.last ?? 0)
        let slice = 1 << 16
        for first in stride(from: 0, to: total, by: slice) {
            let columns: [Int32] = try elements(at: columnsOffset, from: first, count: min(slice, total - first))
            guard columns.allSatisfy({ 0 <= $0 && Int($0) < columnCount }) else {
                throw SnapshotError.inconsistent("classifier weights")
            }
        }
    }

    /// FAQ `faq`'s run, read on first use.
    func run(of faq: Int32) -> Run {
        guard faq >= 0, Int(faq) + 1 < start.count else { return .empty }
        if let known = lock.withLock({ read[faq] }) { return known }
        let lower = Int(start[Int(faq)])
        let count = Int(start[Int(faq) + 1]) - lower
        let run =
            (try? Run(
                columns: elements(at: columnsOffset, from: lower, count: count),
                values: elements(at: valuesOffset, from: lower, count: count))) ?? .empty
        lock.withLock { read[faq] = run }
        return run
    }

    /// How many runs have been read: what the answers so far have cost in memory.
    var readCount: Int { lock.withLock { read.count } }

    /// Every run, one after another, read whole and not remembered (to write the classifier out again).
    func all() throws -> (columns: [Int32], values: [Float]) {
        let total = Int(start.last ?? 0)
        return try (
            elements(at: columnsOffset, from: 0, count: total), elements(at: valuesOffset, from: 0, count: total)
        )
    }

    /// `count` elements from element `first` of the array whose elements begin at byte `offset`.
    /// - Throws: `SnapshotError.truncated` when the bytes end first; what `KeptBytes` throws.
    private func elements<Element: BitwiseCopyable>(at offset: Int, from first: Int, count: Int) throws -> [Element] {
        let stride = MemoryLayout<Element>.stride
        guard count >= 0, offset + (first + count) * stride <= bytes.count else { throw SnapshotError.truncated }
        return try [Element](unsafeUninitializedCapacity: count) { buffer, initialised in
            try bytes.read(into: UnsafeMutableRawBufferPointer(buffer), at: offset + first * stride)
            initialised = count
        }
    }
}
