/// The two CLINC150 measures over a set of questions: in-scope accuracy (the right intent answered)
/// and out-of-scope recall (a stranger not answered).
public struct CLINCScore: Sendable {
    public private(set) var inScope = (right: 0, total: 0)
    public private(set) var outOfScope = (right: 0, total: 0)

    /// Counts one question: `answered` is the FAQ id that answered, `nil` for no answer.
    mutating func count(answered: String?, label: String) {
        if label == "oos" {
            outOfScope.total += 1
            if answered == nil { outOfScope.right += 1 }
        } else {
            inScope.total += 1
            if answered == CLINCEvaluation.faqID(label) { inScope.right += 1 }
        }
    }

    public var inScopeAccuracy: Double { Double(inScope.right) / Double(max(inScope.total, 1)) }
    public var outOfScopeRecall: Double { Double(outOfScope.right) / Double(max(outOfScope.total, 1)) }
}
