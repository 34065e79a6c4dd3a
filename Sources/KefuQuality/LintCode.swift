/// The stable code of each lint of `kefu check`, for scripts and `--json` readers to key on.
public enum LintCode: String, CaseIterable, Sendable {
    /// The same keyword (after normalisation and synonyms) in rules with different replies.
    case duplicateKeyword = "K101"
    /// A rule that can never answer: shadowed by a higher-priority rule, or excluded by its own words.
    case unreachableRule = "K102"
    /// A keyword that buyers say in every conversation (你好, 在吗, hi) or a single character.
    case broadKeyword = "K103"
    /// The same question (after width, case, punctuation and traditional/simplified) in two FAQ entries.
    case duplicateQuestion = "K104"
    /// A reply that the outgoing check would block (blocklist, advertising-law extreme words).
    case blockedReply = "K109"
    /// An item whose `active` window has ended, has not begun, or ends within 7 days.
    case activeWindow = "K110"
}
