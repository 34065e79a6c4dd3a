/// A keyword rule (关键词回复): fires when any keyword, all of `all` and none of `exclude` appear.
public struct Rule: Hashable, Sendable, Codable, Identifiable {
    /// Conditions on the buyer for the rule to apply.
    public struct Condition: Hashable, Sendable, Codable {
        public var buyerTags: [String]

        enum CodingKeys: String, CodingKey {
            case buyerTags = "buyer_tags"
        }

        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            buyerTags = try container.decodeIfPresent([String].self, forKey: .buyerTags) ?? []
        }
    }

    public var id: ItemID
    public var keywords: [String]
    public var all: [String]
    public var exclude: [String]
    public var reply: Reply
    public var priority: Int
    public var intent: String?
    public var when: Condition?
    public var active: ActiveWindow?

    enum CodingKeys: String, CodingKey {
        case id, keywords, all, exclude, reply, priority, intent, when, active
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(ItemID.self, forKey: .id)
        keywords = try container.decode([String].self, forKey: .keywords)
        all = try container.decodeIfPresent([String].self, forKey: .all) ?? []
        exclude = try container.decodeIfPresent([String].self, forKey: .exclude) ?? []
        reply = try container.decode(Reply.self, forKey: .reply)
        priority = try container.decodeIfPresent(Int.self, forKey: .priority) ?? 0
        intent = try container.decodeIfPresent(String.self, forKey: .intent)
        when = try container.decodeIfPresent(Condition.self, forKey: .when)
        active = try container.decodeIfPresent(ActiveWindow.self, forKey: .active)
    }
}
