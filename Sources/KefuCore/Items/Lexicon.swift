/// A word list that steers the engine: synonyms, sentiment phrases, handoff phrases, a blocklist or an
/// allowlist.
public struct Lexicon: Hashable, Sendable, Codable {
    public enum LexiconType: String, CaseIterable, Sendable, Codable {
        case synonyms, sentiment, handoff, blocklist
        /// Phrases a reply may say although they contain an advertising-law extreme word: a fact the shop
        /// states (a fibre content on a label, a measurement).
        case allowlist
    }

    /// How strongly a sentiment phrase reacts: `high` hands off at once, `watch` flags the session.
    public enum SentimentLevel: String, CaseIterable, Sendable, Codable {
        case high, watch
    }

    /// Why a handoff lexicon passes the buyer to a person.
    public enum HandoffReason: String, CaseIterable, Sendable, Codable {
        case requested, complex
    }

    public var id: ItemID
    public var type: LexiconType
    public var level: SentimentLevel?
    public var reason: HandoffReason
    /// The interim reply of a handoff lexicon: soothe, a first step, a person is coming.
    public var reply: Reply?
    public var groups: [[String]]
    public var phrases: [String]

    enum CodingKeys: String, CodingKey {
        case id, type, level, reason, reply, groups, phrases
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(ItemID.self, forKey: .id)
        type = try container.decode(LexiconType.self, forKey: .type)
        level = try container.decodeIfPresent(SentimentLevel.self, forKey: .level)
        reason = try container.decodeIfPresent(HandoffReason.self, forKey: .reason) ?? .requested
        reply = try container.decodeIfPresent(Reply.self, forKey: .reply)
        groups = try container.decodeIfPresent([[String]].self, forKey: .groups) ?? []
        phrases = try container.decodeIfPresent([String].self, forKey: .phrases) ?? []
    }
}
