import KefuCore

/// Who does something to a ticket or a session (`{"agent": "小王"}`): tickets record who claimed and
/// closed them.
struct AgentRequest: Decodable {
    static let fields: Set<String> = ["agent"]
    var agent: String
}

/// A buyer's rating of the latest reply in a session: 1–5, or `helpful` / `unhelpful`.
struct FeedbackRequest: Decodable {
    static let fields: Set<String> = ["session", "rating", "comment"]

    var session: String
    var rating: BuyerRating
    var comment: String?

    enum CodingKeys: String, CodingKey {
        case session, rating, comment
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        session = try container.decode(String.self, forKey: .session)
        comment = try container.decodeIfPresent(String.self, forKey: .comment)
        let score = try? container.decode(Int.self, forKey: .rating)
        let word = try? container.decode(String.self, forKey: .rating)
        guard let rating = score.flatMap(BuyerRating.init(score:)) ?? word.flatMap(BuyerRating.init) else {
            throw APIError(.badRequest, Message(.httpBadRating))
        }
        self.rating = rating
    }
}
