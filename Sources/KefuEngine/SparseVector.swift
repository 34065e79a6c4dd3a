/// A TF-IDF vector over the index's feature columns, unit length, sorted by column.
struct SparseVector: Sendable {
    var columns: [Int32]
    var weights: [Float]

    static let empty = SparseVector(columns: [], weights: [])

    /// Weights scaled to unit length; an all-zero vector stays empty.
    init(columns: [Int32], weights: [Float]) {
        let norm = weights.reduce(0) { $0 + $1 * $1 }.squareRoot()
        let order = columns.indices.sorted { columns[$0] < columns[$1] }
        self.columns = norm > 0 ? order.map { columns[$0] } : []
        self.weights = norm > 0 ? order.map { weights[$0] / norm } : []
    }

    var isEmpty: Bool { columns.isEmpty }
}
