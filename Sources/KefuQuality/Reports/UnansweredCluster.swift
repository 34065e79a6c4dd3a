import Foundation
import KefuCore
import KefuEngine

/// Buyer questions nothing answered (fallbacks and clarifications), grouped by the characters they share,
/// with what to do: add them as similar questions to the FAQ they are nearest, or write a new FAQ.
/// `kefu report --accept N` applies group N's suggestion.
public struct UnansweredCluster: Sendable, Encodable, Hashable {
    /// Two questions share a group at this Dice similarity of their character pairs.
    static let joinAt = 0.5

    public enum Suggestion: Sendable, Encodable, Hashable {
        case similarTo(faq: ItemID, confidence: Double)
        case newFAQ

        enum CodingKeys: String, CodingKey { case kind, faq, confidence }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            switch self {
            case .similarTo(let faq, let confidence):
                try container.encode("similar", forKey: .kind)
                try container.encode(faq.rawValue, forKey: .faq)
                try container.encode((confidence * 1000).rounded() / 1000, forKey: .confidence)
            case .newFAQ:
                try container.encode("new", forKey: .kind)
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

    /// What to do about the group, with the command that does it.
    public var advice: Message {
        switch suggestion {
        case .similarTo(let faq, _): Message(.reportSuggestSimilar, "faq/\(faq.rawValue)", number)
        case .newFAQ: Message(.reportSuggestNew, number)
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
            let top = engine.rankFAQs(group.texts[0].0, limit: 1).first
            let suggestion: Suggestion =
                top.map { $0.confidence >= threshold / 2 ? .similarTo(faq: $0.id, confidence: $0.confidence) : .newFAQ }
                ?? .newFAQ
            return UnansweredCluster(number: 0, size: size, questions: group.texts.map(\.0), suggestion: suggestion)
        }
        .sorted { ($1.size, $0.questions[0]) < ($0.size, $1.questions[0]) }
        .enumerated().map { index, cluster in
            var numbered = cluster
            numbered.number = index + 1
            return numbered
        }
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
