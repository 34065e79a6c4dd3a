/// A TF-IDF vector over the index's feature columns, unit length, sorted by column.
struct SparseVector: Sendable {
    var columns: [Int32]
    var weights: [Float]

    static let empty = SparseVector(columns: [], weights: [])

    /// Weights scaled to unit length; an all-zero vector stays empty. The norm is summed in column order:
    /// features come from dictionaries whose order differs from one instance to the next, and a sum in
    /// that order made the same question score differently in its last bits from call to call.
    init(columns: [Int32], weights: [Float]) {
        let order = columns.indices.sorted { columns[$0] < columns[$1] }
        let sorted = order.map { weights[$0] }
        let norm = sorted.reduce(0) { $0 + $1 * $1 }.squareRoot()
        self.columns = norm > 0 ? order.map { columns[$0] } : []
        self.weights = norm > 0 ? sorted.map { $0 / norm } : []
    }

    var isEmpty: Bool { columns.isEmpty }
}
