/// Where a classifier's weights are: in memory (trained in this process), or left in the kept FAQ index
/// and read one FAQ's run at a time, when an answer first scores that FAQ (`KeptWeightRuns`).
enum ClassifierWeights: Sendable {
    /// Every FAQ's run, one after another: `columns[start[f]..<start[f+1]]` and the same in `values`.
    case inMemory(columns: [Int32], values: [Float])
    case kept(KeptWeightRuns)

    /// Every run, one after another, as `inMemory` holds them (a kept index's read whole).
    func all() throws -> (columns: [Int32], values: [Float]) {
        switch self {
        case .inMemory(let columns, let values): (columns, values)
        case .kept(let runs): try runs.all()
        }
    }
}
