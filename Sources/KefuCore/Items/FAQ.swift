/// A question with a standard answer, and the other ways buyers ask it (常见问题, 相似问法).
public struct FAQ: Hashable, Sendable, Codable, Identifiable {
    public var id: ItemID
    public var question: String
    public var similar: [String]
    public var answer: Reply
    public var intent: String?
    public var tags: [String]
    public var active: ActiveWindow?

    enum CodingKeys: String, CodingKey {
        case id, question, similar, answer, intent, tags, active
    }

    /// Its question, then its similar ones: every way of asking it that retrieval indexes, in that order.
    public var questions: [String] { [question] + similar }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(ItemID.self, forKey: .id)
        question = try container.decode(String.self, forKey: .question)
        similar = try container.decodeIfPresent([String].self, forKey: .similar) ?? []
        answer = try container.decode(Reply.self, forKey: .answer)
        intent = try container.decodeIfPresent(String.self, forKey: .intent)
        tags = try container.decodeIfPresent([String].self, forKey: .tags) ?? []
        active = try container.decodeIfPresent(ActiveWindow.self, forKey: .active)
    }
}
