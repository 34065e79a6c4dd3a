import KefuCore

/// Stages 7 and 8: the keyword rule that wins, else the FAQ found by words and meaning (answered,
/// or offered in a clarification when two are close), else a greeting's welcome or the fallback.
extension Engine {
    /// The rules whose keywords the turn's message holds, with their verdicts, the winner first.
    func ruleCandidates(_ turn: Turn) -> [RuleCandidate] {
        catalog.rules.evaluate(
            matched: turn.matched, buyerTags: Set(buyerTags(turn.session, buyer: turn.buyer)),
            at: turn.context.clock.moment)
    }

    /// The FAQ candidates for the turn's message by words and meaning, best first; FAQs outside their
    /// `active` window are left out.
    func rankedFAQs(_ turn: Turn, limit: Int = 5) -> [FAQCandidate] {
        let moment = turn.context.clock.moment
        return ranker.rank(
            turn.text, synonyms: catalog.synonyms.groups(in: turn.matched), limit: limit, meaning: turn.meaning
        ) { index in
            guard let window = content.faqs[index].item.active else { return true }
            return window.status(at: moment) == .active
        }
    }

    func answerByRule(_ turn: inout Turn) -> EngineReply? {
        let candidates = ruleCandidates(turn)
        turn.trace.record(
            .rules,
            [
                "candidates": .list(
                    candidates.map { candidate in
                        let rule = catalog.rules.rule(at: candidate.index)
                        return .record([
                            "id": .text(candidate.id.rawValue), "verdict": .text(candidate.verdict.name),
                            "detail": .text(candidate.verdict.detail ?? ""),
                            "priority": .number(Double(candidate.priority)),
                            "keywords": .list(candidate.keywords.map(TraceValue.text)),
                            "at": .text(rule.location?.description ?? ""),
                        ])
                    })
            ])
        guard let winner = candidates.first, winner.verdict == .won else { return nil }
        let rule = catalog.rules.rule(at: winner.index)
        return respond(
            with: rule.item.reply, source: SourceReference(kind: .rule, id: rule.item.id, location: rule.location),
            intent: rule.item.intent, confidence: nil, &turn)
    }

    func answerByFAQ(_ turn: inout Turn) -> EngineReply? {
        let ranked = rankedFAQs(turn)
        let thresholds = content.settings.thresholds
        turn.trace.record(
            .faq,
            [
                "thresholds": .record(["answer": .number(thresholds.answer), "suggest": .number(thresholds.suggest)]),
                "semantic": .text(semanticStatus.traceText),
                "candidates": .list(
                    ranked.map { candidate in
                        .record([
                            "id": .text(candidate.id.rawValue),
                            "confidence": .number((candidate.confidence * 1000).rounded() / 1000),
                            "nearest": .number((candidate.nearest * 1000).rounded() / 1000),
                            "classifier": .number((candidate.classifier * 1000).rounded() / 1000),
                            "closest_question": .text(candidate.closestQuestion),
                            "meaning": candidate.meaning.map { .number(($0 * 1000).rounded() / 1000) } ?? .text(""),
                            "closest_in_meaning": .text(candidate.closestInMeaning ?? ""),
                            "at": .text(content.faqs[candidate.index].location?.description ?? ""),
                        ])
                    }),
            ])
        turn.topConfidence = ranked.first?.confidence
        guard let top = ranked.first, top.confidence >= thresholds.suggest else { return nil }
        let runnerUp = ranked.dropFirst().first?.confidence ?? 0
        let faq = content.faqs[top.index]
        if top.confidence >= thresholds.answer,
            top.confidence - runnerUp >= Self.clarifyMargin || runnerUp < thresholds.suggest
        {
            return respond(
                with: faq.item.answer, source: SourceReference(kind: .faq, id: faq.item.id, location: faq.location),
                intent: faq.item.intent, confidence: top.confidence, &turn)
        }
        // A hesitating buyer is reassured rather than quizzed about questions they did not ask.
        if let retained = retain(&turn) { return retained }
        let offered = ranked.filter { $0.confidence >= thresholds.suggest }.prefix(3)
        return clarify(Array(offered), &turn)
    }

    /// A message that only greets gets the welcome, one that hesitates (太贵了再考虑一下) the retention
    /// template, neither the fallback.
    func greetOrFallBack(_ turn: inout Turn) -> EngineReply {
        if let welcome = content.settings.welcome, GreetingDetector().isOnlyAGreeting(turn.text) {
            let location = content.templates.first { $0.item.id == welcome }?.location
            return respond(
                with: .template(welcome), source: SourceReference(kind: .template, id: welcome, location: location),
                intent: nil, confidence: nil, &turn)
        }
        return retain(&turn) ?? fallBack(confidence: turn.topConfidence, &turn)
    }

    /// The bundle's `retention` template for a message that hesitates, when it has one.
    private func retain(_ turn: inout Turn) -> EngineReply? {
        guard turn.hesitant, let retention = content.templates.first(where: { $0.item.id == Self.retentionTemplate })
        else { return nil }
        return respond(
            with: .template(retention.item.id),
            source: SourceReference(kind: .template, id: retention.item.id, location: retention.location),
            intent: Self.retentionTemplate.rawValue, confidence: nil, &turn)
    }

    /// The template that answers a hesitating buyer nothing else answers.
    public static let retentionTemplate = ItemID(trusted: "retention")
}
