/// What became of a rule whose keywords appeared in a message: it answered, or why it did not.
public enum RuleVerdict: Hashable, Sendable {
    case won
    /// It fired but another rule ranked higher (priority, then specificity).
    case outranked(by: String)
    /// A word of its `exclude` list appeared.
    case excluded(word: String)
    /// A word of its `all` list was missing.
    case missing(word: String)
    /// Its `active` window does not include now.
    case inactive(ActivityStatus)
    /// Its `when` condition does not hold for this buyer.
    case conditionFailed(buyerTags: [String])

    /// A short machine name for the trace.
    public var name: String {
        switch self {
        case .won: "won"
        case .outranked: "outranked"
        case .excluded: "excluded"
        case .missing: "missing_all"
        case .inactive: "inactive"
        case .conditionFailed: "condition"
        }
    }

    /// The word, rule or state the verdict is about.
    public var detail: String? {
        switch self {
        case .won: nil
        case .outranked(let rule): rule
        case .excluded(let word), .missing(let word): word
        case .inactive(let status): status.rawValue
        case .conditionFailed(let tags): tags.joined(separator: ",")
        }
    }
}
