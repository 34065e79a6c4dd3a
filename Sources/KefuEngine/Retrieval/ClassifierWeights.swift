/// Where a classifier's weights are: in memory (trained in this process), or left in the kept FAQ index
/// and read one FAQ's run at a time, when an answer first scores that FAQ (`KeptWeightRuns`).
enum ClassifierWeights: Sendable {
    /// Every FAQ's run, one after another: `columns[start[f]..<start[f+1]]` and the same in `values`.
    case inMemory(columns: [Int32], values: [Float])
    case kept(KeptWeightRuns)
}
