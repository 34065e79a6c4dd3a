/// A scripted conversation run by `kefu test`: buyer turns, each with what the engine should do.
public struct ConversationTest: Hashable, Sendable, Codable {
    /// What one turn must produce; every field given must hold.
    public struct Expectation: Hashable, Sendable, Codable {
        public var decision: String?
        public var rule: ItemID?
        public var faq: ItemID?
        public var intent: String?
        public var replyContains: String?
        public var handoff: String?
        public var agent: ItemID?

        enum CodingKeys: String, CodingKey {
            case decision, rule, faq, intent, handoff, agent
            case replyContains = "reply_contains"
        }
    }

    /// One buyer message and its expectation.
    public struct Turn: Hashable, Sendable, Codable {
        public var buyer: String
        public var type: String
        public var expect: Expectation?

        enum CodingKeys: String, CodingKey {
            case buyer, type, expect
        }

        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            buyer = try container.decode(String.self, forKey: .buyer)
            type = try container.decodeIfPresent(String.self, forKey: .type) ?? "text"
            expect = try container.decodeIfPresent(Expectation.self, forKey: .expect)
        }
    }

    /// Shop data rows a test carries, by table; each given, it replaces the shop's `data/` for this
    /// test, and the tables not given are empty.
    public struct ShopRows: Hashable, Sendable, Codable {
        public var orders: [[String: String]]?
        public var products: [[String: String]]?
        public var buyers: [[String: String]]?
        public var sizeChart: [[String: String]]?

        enum CodingKeys: String, CodingKey {
            case orders, products, buyers
            case sizeChart = "size_chart"
        }
    }

    public var id: ItemID
    /// The buyer id the conversation plays (from `data/buyers.csv`).
    public var buyer: String?
    /// Tags that win over the buyer's tags in the data (`:tags` in the REPL).
    public var tags: [String]?
    /// The product in view.
    public var product: String?
    public var locale: String?
    /// When the conversation happens (`2026-11-05 10:00`, the shop's time), so tests of `active`
    /// windows and agents' hours pass on any day; `nil` runs at the runner's clock.
    public var at: String?
    /// The shop data the test plays on instead of `data/`, when it carries its own.
    public var data: ShopRows?
    public var turns: [Turn]

    /// `at`, read.
    public var moment: BundleDate? { at.flatMap(BundleDate.init(parsing:)) }
}
