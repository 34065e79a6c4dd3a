import Foundation
import KefuCore
import KefuEngine

/// The measures sellers run their assistant by (Documentation/Reports.md), computed from the conversation
/// log: how much the bot answers, resolves and hands off, why it hands off, which items leave buyers
/// unresolved, how fast it and people answer, what the knowledge base covers, and what buyers asked that
/// nothing answered, grouped, each group with what to do about it.
public struct ConversationReport: Sendable, Encodable {
    /// Above this share of unresolved hits an item is flagged.
    public static let unresolvedFlag = 0.30
    /// Below this share of messages the bot answered itself a channel is flagged.
    public static let triggerFlag = 0.85
    /// An item rated this many times or more, with fewer than `satisfiedFlag` of them satisfied, is flagged.
    public static let ratingsToJudge = 2
    public static let satisfiedFlag = 0.5

    public var from: Date?
    public var until: Date?
    /// The seller's own test chats (`kefu chat`, `kefu ask`) in the period and left out of every measure.
    public var testMessagesLeftOut = 0
    public var messages: Int
    public var sessions: Int
    /// Hesitating buyers (太贵了, 再考虑) answered with the `retention` template instead of the fallback.
    public var retentionReplies = 0
    public var replyRate: Double
    public var automaticResolutionRate: Double
    public var handoffRate: Double
    public var repeatQuestionRate: Double
    public var channels: [ChannelRate]
    public var handoffReasons: [HandoffScenario]
    public var items: [ItemUsage]
    public var firstResponse: FirstResponse
    public var coverage: Coverage
    public var localesMissing: [MissingLanguage]
    public var clusters: [UnansweredCluster]
    public var days: [DayCount]
    /// Buyers' ratings of the bot's replies.
    public var satisfaction: Satisfaction
    /// Handoff tickets: how many are in each state, and how long people took to claim and close them.
    public var tickets: Tickets

    public struct ChannelRate: Sendable, Encodable, Hashable {
        public var channel: String
        public var messages: Int
        public var triggered: Int
        public var rate: Double
        public var flagged: Bool
    }

    public struct HandoffScenario: Sendable, Encodable, Hashable {
        public var reason: String
        /// The phrase that raised it, else the intent the buyer was on.
        public var detail: String
        public var count: Int
        public var share: Double
        public var examples: [String]
    }

    public struct ItemUsage: Sendable, Encodable, Hashable {
        public var source: String
        public var hits: Int
        public var unresolved: Int
        public var unresolvedRate: Double
        /// Ratings of this item's replies, and the share of them at 4 or more.
        public var ratings: Int
        public var satisfaction: Double?
        /// Unresolved too often, or rated low.
        public var flagged: Bool
    }

    public struct FirstResponse: Sendable, Encodable, Hashable {
        public var botMedianMilliseconds: Double?
        public var botP90Milliseconds: Double?
        public var humanReplies: Int
        public var humanMedianSeconds: Double?
        public var humanP90Seconds: Double?
    }

    public struct Coverage: Sendable, Encodable, Hashable {
        /// Text messages that asked something: answered, asked for data, clarified or fell back.
        public var questions: Int
        /// Of those, the ones a rule or FAQ answered (or asked for the data to answer).
        public var answered: Int
        public var rate: Double
        public var itemsUsed: Int
        public var items: Int
    }

    public struct Satisfaction: Sendable, Encodable, Hashable {
        public var rated: Int
        public var satisfied: Int
        /// `satisfied / rated`; nil with no rating.
        public var rate: Double?
    }

    public struct Tickets: Sendable, Encodable, Hashable {
        public var raised: Int
        public var claimed: Int
        public var closed: Int
        public var medianSecondsToClaim: Double?
        public var medianSecondsToClose: Double?
    }

    public struct MissingLanguage: Sendable, Encodable, Hashable {
        public var language: String
        public var messages: Int
    }

    public struct DayCount: Sendable, Encodable, Hashable {
        public var day: String
        public var decisions: [String: Int]
        public var handoffs: Int
        public var messages: Int
    }
}
