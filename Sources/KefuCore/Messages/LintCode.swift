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
    /// A question closer to another entry's questions than to its own: buyers asking it get the other answer.
    case misplacedQuestion = "K105"
    /// A template variable that no entity, session value or data column provides.
    case unknownVariable = "K106"
    /// A template named as a reply, welcome or fallback that the bundle does not have.
    case missingTemplate = "K107"
    /// A locale of `bundle.yaml` that some replies have no text for.
    case missingLocale = "K108"
    /// A reply that the outgoing check would block (blocklist, advertising-law extreme words).
    case blockedReply = "K109"
    /// An item whose `active` window has ended, has not begun, or ends within 7 days.
    case activeWindow = "K110"
    /// A template the shop's platform expects is missing, or the fallback does not say how to reach a person.
    case platformStandard = "K111"
    /// An intent that can hand off with no agent skilled in it, or hours when nobody is on duty.
    case agentCoverage = "K112"
    /// A reminder that counts from a column `data/orders.csv` does not have: it can never fall due.
    case reminderWithoutTime = "K113"
    /// A reminder whose template needs more than an order gives (a size, a product): it is never sent.
    case reminderNeedsMore = "K114"
    /// A reply that prints shop data from a file the bundle does not have (`recommended_size` without
    /// `data/size_chart.csv`): it can never be sent.
    case replyNeedsDataFile = "K115"
}
