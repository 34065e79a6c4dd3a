import KefuCore

/// The words of a rule that the phrase catalog looks for: all that compiling reads of a rule.
struct RuleWords: Sendable {
    var keywords: [String]
    var all: [String]
    var exclude: [String]

    init(_ rule: Rule) {
        keywords = rule.keywords
        all = rule.all
        exclude = rule.exclude
    }
}
