/// A TF-IDF vector over the index's feature columns, unit length, sorted by column.
struct SparseVector: Sendable {
    var columns: [Int32]
    var weights: [Float]

    static let empty = SparseVector(columns: [], weights: [])

    /// Weights scaled to unit length; an all-zero vector stays empty. The norm is summed in column order:
    /// features come from dictionaries whose order differs from one instance to the next, and a sum in
    /// that order made the same question score differently in its last bits from call to call.
    init(columns: [Int32], weights: [Float]) {
        // Sorted as numbers, each a column (its sign bit flipped, so they order as the columns do) above
        // its position, so ties stay in order as a stable sort keeps them: several times faster than
        // sorting positions through a closure, and every message answered is sorted so.
        let order = zip(columns, columns.indices).map { column, position in
            UInt64(UInt32(bitPattern: column) ^ 0x8000_0000) << 32 | UInt64(position)
        }.sorted().map { Int(truncatingIfNeeded: $0 & 0xFFFF_FFFF) }
        let sorted = order.map { weights[$0] }
        let norm = sorted.reduce(0) { $0 + $1 * $1 }.squareRoot()
        self.columns = norm > 0 ? order.map { columns[$0] } : []
        self.weights = norm > 0 ? sorted.map { $0 / norm } : []
    }

    /// A vector whose columns are sorted and distinct and whose weights are of unit length already.
    init(sortedColumns: [Int32], unitWeights: [Float]) {
        columns = sortedColumns
        weights = unitWeights
    }

    var isEmpty: Bool { columns.isEmpty }
}
