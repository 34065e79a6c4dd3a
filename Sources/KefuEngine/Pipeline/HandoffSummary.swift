import KefuCore

/// The one-line summary on a handoff ticket, built from the session so the agent reads the case at a
/// glance: buyer and tags, intents in order, entities, sentiment, what the bot already tried, and the
/// buyer's last words (`message`, cut so that no phone or ID number is split: the summary is masked as a
/// whole when it is stored). Written in the shop's language (its first locale), for the shop's people.
struct HandoffSummary {
    let text: String

    init(
        session: SessionState, buyerTags: [String], reason: HandoffReason, tried: SourceReference?, message: String,
        language: Language
    ) {
        func say(_ key: MessageKey, _ arguments: any MessageArgumentConvertible...) -> String {
            Message(key, arguments: arguments.map(\.messageArgument)).text(in: language)
        }
        var parts: [String] = [say(.summaryReason, reason.messageKey)]
        if let buyer = session.buyer {
            parts.append(
                say(.summaryBuyer, buyer) + (buyerTags.isEmpty ? "" : " (\(buyerTags.joined(separator: ", ")))"))
        }
        var intents: [String] = []
        for intent in session.turns.compactMap(\.intent) where intents.last != intent { intents.append(intent) }
        if !intents.isEmpty { parts.append(say(.summaryIntents, intents.joined(separator: " → "))) }
        let entities = session.entities.described.map { "\($0.name) \($0.value)" }
        if !entities.isEmpty { parts.append(entities.joined(separator: ", ")) }
        if session.atRisk { parts.append(say(.summaryAtRisk)) }
        var attempts = session.turns.filter { $0.decision == .answer }.compactMap(\.source)
        if let tried { attempts.append(tried.label) }
        let fallbacks = session.turns.filter { $0.decision == .fallback }.count
        if fallbacks > 0 { attempts.append(say(.summaryFallbacks, fallbacks)) }
        if !attempts.isEmpty { parts.append(say(.summaryTried, Array(Set(attempts)).sorted().joined(separator: ", "))) }
        parts.append(say(.summaryLast, PersonalDataMasker.excerpt(message, limit: 80)))
        text = parts.joined(separator: " · ")
    }
}
