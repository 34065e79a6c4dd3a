/// A buyer's rating of a reply, as chat logs and the HTTP bridge write it: a score from 1 to 5, or
/// `helpful` (5) and `unhelpful` (1) for platforms that ask a yes-or-no question. A reply is counted as
/// satisfying at 4 or more, as the platforms' 满意度 counts 满意 and 非常满意.
public struct BuyerRating: Hashable, Sendable, Codable {
    public static let scores = 1...5
    public static let satisfiedFrom = 4

    public let score: Int

    public init?(score: Int) {
        guard Self.scores.contains(score) else { return nil }
        self.score = score
    }

    /// `1`…`5`, `helpful` or `unhelpful` (any case); nil for anything else.
    public init?(_ text: String) {
        switch text.lowercased() {
        case "helpful": score = 5
        case "unhelpful": score = 1
        default:
            guard let score = Int(text), Self.scores.contains(score) else { return nil }
            self.score = score
        }
    }

    public var satisfied: Bool { score >= Self.satisfiedFrom }
}
