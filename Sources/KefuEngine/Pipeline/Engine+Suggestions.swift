import KefuCore

extension Engine {
    /// The share of the `suggest` threshold down to which FAQs are offered to a person.
    static let suggestionFloor = 0.5

    /// Up to `limit` replies the shop's items would give to `message` in `session`, best first, for a
    /// person to pick from: what the bot itself would answer (so a pending question's data or a pick from
    /// a clarification counts), the keyword rule that would win, then the FAQs by confidence (down to half the
    /// bundle's `suggest` threshold: a person judges each one, so a weaker candidate is still worth a
    /// look), each rendered with the session's data. The session is not changed,
    /// and a session handed to a person is read as if the bot still answered it (that is when a person
    /// asks for suggestions).
    public func suggestions(
        for message: IncomingMessage, in session: SessionState, context: AnswerContext, limit: Int = 3
    ) -> [SuggestedReply] {
        var quiet = context
        quiet.trace = false
        var answering = session
        answering.handBack()
        // One run of the pipeline: its own answer comes first, and the turn keeps what it read of the message
        // (text, phrases, entities, meaning) for the rule and FAQ candidates. The session is a copy.
        var turn = Turn(message, session: answering, context: quiet)
        let own = decide(&turn)
        var suggestions: [SuggestedReply] = []
        if let source = own.source, let text = own.reply, own.decision == .answer || own.decision == .ask {
            suggestions.append(
                SuggestedReply(
                    reply: text, source: source, intent: own.intent, confidence: own.confidence,
                    missing: turn.session.pending?.missing ?? []))
        }
        // A rule that answered ended the pipeline before the message's meaning was looked at.
        if turn.meaning == nil { turn.meaning = meaning(of: turn.text) }
        for candidate in ruleCandidates(turn) where candidate.verdict == .won {
            let rule = catalog.rules.rule(at: candidate.index)
            let source = SourceReference(kind: .rule, id: rule.item.id, location: rule.location)
            suggestions.append(suggestion(rule.item.reply, source: source, intent: rule.item.intent, nil, turn))
        }
        let floor = content.settings.thresholds.suggest * Self.suggestionFloor
        for candidate in rankedFAQs(turn, limit: limit) where candidate.confidence >= floor {
            let faq = content.faqs[candidate.index]
            let source = SourceReference(kind: .faq, id: faq.item.id, location: faq.location)
            suggestions.append(
                suggestion(faq.item.answer, source: source, intent: faq.item.intent, candidate.confidence, turn))
        }
        var offered: Set<String> = []
        let distinct = suggestions.filter { !$0.reply.isEmpty && offered.insert($0.source.label).inserted }
        return Array(distinct.prefix(limit))
    }

    private func suggestion(
        _ reply: Reply, source: SourceReference, intent: String?, _ confidence: Double?, _ turn: Turn
    ) -> SuggestedReply {
        let (text, missing) = rendered(reply, in: turn.session, context: turn.context)
        return SuggestedReply(
            reply: text ?? "", source: source, intent: intent,
            confidence: confidence.map { ($0 * 1000).rounded() / 1000 }, missing: missing)
    }
}
