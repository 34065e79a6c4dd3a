import Foundation
import KefuCore
import KefuEngine

extension ConversationReport {
    /// The report over `messages` (in time order) and the handoff tickets raised meanwhile, for the bundle
    /// `engine` answers from.
    public init(
        messages: [LoggedMessage], tickets: [TicketTimes] = [], engine: Engine, timeZone: TimeZone = .current
    ) {
        let content = engine.content
        let sessions = Dictionary(grouping: messages, by: \.session)
        let outcomes = sessions.mapValues(SessionOutcome.init)
        from = messages.first?.time
        until = messages.last?.time
        self.messages = messages.count
        self.sessions = sessions.count
        replyRate = Self.share(messages.filter { $0.decision != Decision.silent.rawValue }.count, of: messages.count)
        handoffRate = Self.share(outcomes.values.filter(\.handedOff).count, of: sessions.count)
        repeatQuestionRate = Self.share(outcomes.values.filter(\.repeated).count, of: sessions.count)
        automaticResolutionRate = Self.share(outcomes.values.filter(\.resolved).count, of: sessions.count)
        channels = Self.channels(messages)
        handoffReasons = Self.handoffScenarios(messages)
        items = Self.itemUsage(bySession: sessions)
        firstResponse = Self.firstResponse(messages)
        coverage = Self.coverage(messages, items: content.faqs.count + content.rules.count)
        localesMissing = Self.missingLanguages(messages, locales: content.settings.locales)
        clusters = UnansweredCluster.clusters(of: messages, engine: engine)
        days = Self.days(messages, timeZone: timeZone)
        satisfaction = Self.satisfaction(messages.compactMap(\.rating))
        retentionReplies = messages.filter { $0.source == "template/\(Engine.retentionTemplate)" }.count
        self.tickets = Self.ticketMeasures(tickets)
    }

    private static func satisfaction(_ scores: [Int]) -> Satisfaction {
        let satisfied = scores.filter { $0 >= BuyerRating.satisfiedFrom }.count
        return Satisfaction(
            rated: scores.count, satisfied: satisfied,
            rate: scores.isEmpty ? nil : share(satisfied, of: scores.count))
    }

    private static func ticketMeasures(_ tickets: [TicketTimes]) -> Tickets {
        let toClaim = tickets.compactMap { ticket in ticket.claimed.map { $0.timeIntervalSince(ticket.created) } }
        let toClose = tickets.compactMap { ticket in ticket.closed.map { $0.timeIntervalSince(ticket.created) } }
        return Tickets(
            raised: tickets.count, claimed: toClaim.count, closed: toClose.count,
            medianSecondsToClaim: percentile(toClaim.sorted(), 0.5),
            medianSecondsToClose: percentile(toClose.sorted(), 0.5))
    }

    static func share(_ part: Int, of whole: Int) -> Double {
        whole == 0 ? 0 : (Double(part) / Double(whole) * 10_000).rounded() / 10_000
    }

    /// The bot answered a message itself: an answer, a clarification, or a request for the data it needs.
    static func triggered(_ message: LoggedMessage) -> Bool {
        ["answer", "clarify", "ask"].contains(message.decision)
    }

    static func isItem(_ source: String?) -> Bool {
        source.map { $0.hasPrefix("faq/") || $0.hasPrefix("rule/") } ?? false
    }

    private static func channels(_ messages: [LoggedMessage]) -> [ChannelRate] {
        Dictionary(grouping: messages.filter { $0.type == "text" }, by: \.channel).map { channel, messages in
            let triggered = messages.filter(Self.triggered).count
            let rate = share(triggered, of: messages.count)
            return ChannelRate(
                channel: channel, messages: messages.count, triggered: triggered, rate: rate,
                flagged: rate < triggerFlag)
        }
        .sorted { $0.channel < $1.channel }
    }

    private static func handoffScenarios(_ messages: [LoggedMessage]) -> [HandoffScenario] {
        let handoffs = messages.filter { $0.decision == Decision.handoff.rawValue }
        let groups = Dictionary(grouping: handoffs) { message in
            [message.handoffReason ?? "", message.handoffTrigger ?? message.intent ?? ""]
        }
        return groups.map { key, messages in
            HandoffScenario(
                reason: key[0], detail: key[1], count: messages.count,
                share: share(messages.count, of: handoffs.count), examples: examples(messages.map(\.text)))
        }
        .sorted { ($1.count, $0.reason, $0.detail) < ($0.count, $1.reason, $1.detail) }
        .prefix(5).map { $0 }
    }

    /// Up to three different texts, the most frequent first, preferring those with nothing masked.
    static func examples(_ texts: [String]) -> [String] {
        var counts: [String: Int] = [:]
        for text in texts where !text.isEmpty { counts[text, default: 0] += 1 }
        return counts.sorted { lhs, rhs in
            let masked = (
                PersonalDataMasker.hasMaskedData(lhs.key) ? 1 : 0, PersonalDataMasker.hasMaskedData(rhs.key) ? 1 : 0
            )
            return (masked.0, -lhs.value, lhs.key) < (masked.1, -rhs.value, rhs.key)
        }
        .prefix(3).map(\.key)
    }

    /// How often each item answered, how often that did not settle it, and its ratings: the report's
    /// `items`, alone (the console's knowledge table needs no clustering of unanswered questions).
    public static func itemUsage(of messages: [LoggedMessage]) -> [ItemUsage] {
        itemUsage(bySession: Dictionary(grouping: messages, by: \.session))
    }

    /// A hit is unresolved when the buyer's next message in the session was handed off, fell back, needed
    /// a clarification, or got the same item again.
    private static func itemUsage(bySession sessions: [String: [LoggedMessage]]) -> [ItemUsage] {
        var hits: [String: Int] = [:]
        var unresolved: [String: Int] = [:]
        var scores: [String: [Int]] = [:]
        for messages in sessions.values {
            for message in messages where isItem(message.source) {
                if let rating = message.rating { scores[message.source ?? "", default: []].append(rating) }
            }
            for (index, message) in messages.enumerated()
            where message.decision == Decision.answer.rawValue && isItem(message.source) {
                let source = message.source ?? ""
                hits[source, default: 0] += 1
                guard index + 1 < messages.count else { continue }
                let next = messages[index + 1]
                if ["handoff", "fallback", "clarify"].contains(next.decision) || next.source == source {
                    unresolved[source, default: 0] += 1
                }
            }
        }
        return hits.map { source, hits in
            let rate = share(unresolved[source] ?? 0, of: hits)
            let rated = satisfaction(scores[source] ?? [])
            let lowRated = rated.rated >= ratingsToJudge && (rated.rate ?? 1) < satisfiedFlag
            return ItemUsage(
                source: source, hits: hits, unresolved: unresolved[source] ?? 0, unresolvedRate: rate,
                ratings: rated.rated, satisfaction: rated.rate, flagged: rate > unresolvedFlag || lowRated)
        }
        .sorted { ($1.hits, $0.source) < ($0.hits, $1.source) }
    }

    private static func firstResponse(_ messages: [LoggedMessage]) -> FirstResponse {
        let bot = messages.filter { $0.decision != Decision.silent.rawValue }.map { $0.micros / 1000 }.sorted()
        let human = messages.compactMap { message in
            message.humanReplyTime.map { $0.timeIntervalSince(message.time) }.flatMap { $0 >= 0 ? $0 : nil }
        }
        .sorted()
        return FirstResponse(
            botMedianMilliseconds: percentile(bot, 0.5).map { ($0 * 1000).rounded() / 1000 },
            botP90Milliseconds: percentile(bot, 0.9).map { ($0 * 1000).rounded() / 1000 },
            humanReplies: human.count, humanMedianSeconds: percentile(human, 0.5),
            humanP90Seconds: percentile(human, 0.9))
    }

    /// The nearest-rank percentile of sorted `values`.
    static func percentile(_ values: [Double], _ fraction: Double) -> Double? {
        guard !values.isEmpty else { return nil }
        let rank = Int((fraction * Double(values.count)).rounded(.up))
        return values[max(0, min(values.count - 1, rank - 1))]
    }

    private static func coverage(_ messages: [LoggedMessage], items: Int) -> Coverage {
        let questions = messages.filter { message in
            message.type == "text"
                && (["fallback", "clarify"].contains(message.decision)
                    || (["answer", "ask"].contains(message.decision) && isItem(message.source)))
        }
        let answered = questions.filter { isItem($0.source) && $0.decision != "clarify" }
        let used = Set(answered.compactMap(\.source)).count
        return Coverage(
            questions: questions.count, answered: answered.count, rate: share(answered.count, of: questions.count),
            itemsUsed: used, items: items)
    }

    private static func missingLanguages(_ messages: [LoggedMessage], locales: [String]) -> [MissingLanguage] {
        var counts: [String: Int] = [:]
        for message in messages {
            guard let language = message.language, LanguageDetector.locale(for: language, among: locales) == nil
            else { continue }
            counts[language, default: 0] += 1
        }
        return counts.map { MissingLanguage(language: $0.key, messages: $0.value) }
            .sorted { ($1.messages, $0.language) < ($0.messages, $1.language) }
    }

    private static func days(_ messages: [LoggedMessage], timeZone: TimeZone) -> [DayCount] {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let byDay = Dictionary(grouping: messages) { message in
            let parts = calendar.dateComponents([.year, .month, .day], from: message.time)
            return String(format: "%04d-%02d-%02d", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0)
        }
        return byDay.map { day, messages in
            DayCount(
                day: day, decisions: Dictionary(grouping: messages, by: \.decision).mapValues(\.count),
                handoffs: messages.filter { $0.decision == Decision.handoff.rawValue }.count, messages: messages.count)
        }
        .sorted { $0.day < $1.day }
    }
}
