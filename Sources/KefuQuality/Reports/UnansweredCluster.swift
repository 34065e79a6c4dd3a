import Foundation
import KefuCore
import KefuEngine

/// Buyer questions nothing answered (fallbacks and clarifications), grouped by the characters they share,
/// with what to do and why: add them as similar questions to the FAQ they are nearest, only when most of
/// them are nearest the same FAQ and it scores at least the bundle's `suggest` threshold (a seller would
/// agree: a suggestion pointing at the wrong FAQ teaches the bot a wrong answer), else write a new FAQ.
/// `kefu report --accept N` applies group N's suggestion.
public struct UnansweredCluster: Sendable, Encodable, Hashable {
    /// Two questions share a group at this Dice similarity of their character pairs.
    static let joinAt = 0.5
    /// The questions of a group asked for their nearest FAQ (the most frequent first).
    static let questionsAsked = 10

    public enum Suggestion: Sendable, Encodable, Hashable {
        /// Most questions (`agreeing` of `asked`) are nearest `faq`, at `confidence` on average.
        case similarTo(faq: ItemID, confidence: Double, agreeing: Int, asked: Int)
        /// A new FAQ: the nearest FAQ (when any) was not near enough, or the questions disagreed.
        case newFAQ(nearest: ItemID?, confidence: Double?, agreeing: Int, asked: Int)

        enum CodingKeys: String, CodingKey { case kind, faq, nearest, confidence, agreeing, asked }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            switch self {
            case .similarTo(let faq, let confidence, let agreeing, let asked):
                try container.encode("similar", forKey: .kind)
                try container.encode(faq.rawValue, forKey: .faq)
                try container.encode((confidence * 1000).rounded() / 1000, forKey: .confidence)
                try container.encode(agreeing, forKey: .agreeing)
                try container.encode(asked, forKey: .asked)
            case .newFAQ(let nearest, let confidence, let agreeing, let asked):
                try container.encode("new", forKey: .kind)
                try container.encode(nearest?.rawValue, forKey: .nearest)
                try container.encode(confidence.map { ($0 * 1000).rounded() / 1000 }, forKey: .confidence)
                try container.encode(agreeing, forKey: .agreeing)
                try container.encode(asked, forKey: .asked)
            }
        }
    }

    /// 1-based, in the order the report lists the groups (largest first).
    public var number: Int
    /// How many messages the group holds.
    public var size: Int
    /// The different texts, most frequent first.
    public var questions: [String]
    public var suggestion: Suggestion
    /// The `suggest` threshold the suggestion was judged against.
    var threshold: Double

    enum CodingKeys: String, CodingKey { case number, size, questions, suggestion }

    /// What to do about the group, with the command that does it.
    public var advice: Message {
        switch suggestion {
        case .similarTo(let faq, _, _, _): Message(.reportSuggestSimilar, "faq/\(faq.rawValue)", number)
        case .newFAQ: Message(.reportSuggestNew, number)
        }
    }

    /// Why: how many questions are nearest which FAQ, and how near.
    public var reason: Message {
        let score = { (confidence: Double) in String(format: "%.2f", confidence) }
        switch suggestion {
        case .similarTo(let faq, let confidence, let agreeing, let asked):
            return Message(.reportWhySimilar, agreeing, asked, "faq/\(faq.rawValue)", score(confidence))
        case .newFAQ(let nearest?, let confidence?, let agreeing, let asked) where agreeing * 2 > asked:
            return Message(.reportWhyTooFar, "faq/\(nearest.rawValue)", score(confidence), score(threshold))
        case .newFAQ(let nearest?, _, let agreeing, let asked):
            return Message(.reportWhySplit, agreeing, asked, "faq/\(nearest.rawValue)")
        case .newFAQ:
            return Message(.reportWhyNothingNear)
        }
    }

    /// The groups of `messages`' unanswered text questions, largest first.
    static func clusters(of messages: [LoggedMessage], engine: Engine) -> [UnansweredCluster] {
        let normaliser = TextNormaliser()
        var counts: [String: Int] = [:]
        for message in messages
        where message.type == "text" && ["fallback", "clarify"].contains(message.decision) {
            let text = message.text.trimmingCharacters(in: .whitespacesAndNewlines)
            // A message that was mostly an address or a phone number is no question to teach.
            if !text.isEmpty, !PersonalDataMasker.hasMaskedData(text) { counts[text, default: 0] += 1 }
        }
        var groups: [(pairs: Set<String>, texts: [(String, Int)])] = []
        // Pair → groups holding it: a question is compared only with groups it shares a pair with
        // (none share nothing and reach the threshold), so grouping stays near-linear in the questions.
        var groupsWithPair: [String: [Int]] = [:]
        for (text, count) in counts.sorted(by: { ($1.value, $0.key) < ($0.value, $1.key) }) {
            let pairs = characterPairs(normaliser.normalise(text).text)
            guard !pairs.isEmpty else { continue }  // only punctuation or emoji: nothing to teach
            let candidates = Set(pairs.flatMap { groupsWithPair[$0] ?? [] }).sorted()
            if let index = candidates.first(where: { dice(groups[$0].pairs, pairs) >= joinAt }) {
                groups[index].texts.append((text, count))
            } else {
                for pair in pairs { groupsWithPair[pair, default: []].append(groups.count) }
                groups.append((pairs, [(text, count)]))
            }
        }
        let threshold = engine.content.settings.thresholds.suggest
        return groups.map { group in
            let size = group.texts.reduce(0) { $0 + $1.1 }
            let suggestion = suggestion(for: group.texts.prefix(questionsAsked).map(\.0), engine: engine)
            return UnansweredCluster(
                number: 0, size: size, questions: group.texts.map(\.0), suggestion: suggestion, threshold: threshold)
        }
        .sorted { ($1.size, $0.questions[0]) < ($0.size, $1.questions[0]) }
        .enumerated().map { index, cluster in
            var numbered = cluster
            numbered.number = index + 1
            return numbered
        }
    }

    /// The FAQ most of `questions` are nearest, when more than half are and their mean confidence reaches
    /// the `suggest` threshold; else a new FAQ, saying how near the nearest came.
    static func suggestion(for questions: [String], engine: Engine) -> Suggestion {
        var votes: [ItemID: [Double]] = [:]
        for question in questions {
            if let top = engine.rankFAQs(question, limit: 1).first { votes[top.id, default: []].append(top.confidence) }
        }
        guard let (faq, scores) = votes.max(by: { ($0.value.count, $1.key) < ($1.value.count, $0.key) }) else {
            return .newFAQ(nearest: nil, confidence: nil, agreeing: 0, asked: questions.count)
        }
        let confidence = scores.reduce(0, +) / Double(scores.count)
        if scores.count * 2 > questions.count && confidence >= engine.content.settings.thresholds.suggest {
            return .similarTo(faq: faq, confidence: confidence, agreeing: scores.count, asked: questions.count)
        }
        return .newFAQ(nearest: faq, confidence: confidence, agreeing: scores.count, asked: questions.count)
    }

    /// Adjacent letter or digit pairs (a single character counts as itself), punctuation and spaces left out.
    static func characterPairs(_ text: String) -> Set<String> {
        let characters = text.filter { $0.isLetter || $0.isNumber }.map(String.init)
        guard characters.count > 1 else { return Set(characters) }
        return Set((0..<characters.count - 1).map { characters[$0] + characters[$0 + 1] })
    }

    static func dice(_ lhs: Set<String>, _ rhs: Set<String>) -> Double {
        guard !lhs.isEmpty || !rhs.isEmpty else { return 0 }
        return 2 * Double(lhs.intersection(rhs).count) / Double(lhs.count + rhs.count)
    }
}
