import KefuCore

/// A rule whose keywords appeared in the message, with the keywords found and its verdict.
public struct RuleCandidate: Hashable, Sendable {
    public var index: Int
    public var id: ItemID
    public var priority: Int
    public var keywords: [String]
    public var verdict: RuleVerdict

    /// Ties of priority go to the rule with more and longer matched keywords.
    var specificity: (Int, Int) { (keywords.count, keywords.reduce(0) { $0 + $1.count }) }
}
