import Foundation
import KefuCore

extension Engine {
    /// Answers one buyer message in `session`, updating the session (context, pending answer, loop
    /// counters, tickets). The stages run in the order of Documentation/Engine.md; each records what it saw in the trace.
    public func answer(_ message: IncomingMessage, in session: inout SessionState, context: AnswerContext)
        -> EngineReply
    {
        var language: String?
        var reply = decide(message, in: &session, context: context, language: &language)
        reply.language = language
        if context.trace { reply.semantic = semanticStatus.traceText }
        return reply
    }

    /// The pipeline itself; `language` is set to the language the message was detected in, if any.
    private func decide(
        _ message: IncomingMessage, in session: inout SessionState, context: AnswerContext, language: inout String?
    ) -> EngineReply {
        var trace = TraceRecorder(enabled: context.trace)
        trace.begin()
        let moment = context.clock.moment
        let buyer = session.buyer.flatMap { context.shop.buyer(id: $0) }
        let tags = buyerTags(session, buyer: buyer)

        if session.handedOff {
            trace.record(.session, ["handed_off": .flag(true)])
            return finish(.silent, note: "handed_off", message: message, session: &session, trace: trace)
        }

        // 1. Normalise.
        let normalised = normaliser.normalise(message.text)
        let text = normalised.text
        language = detector.language(of: text)
        if let language, let locale = LanguageDetector.locale(for: language, among: content.settings.locales) {
            session.locale = locale
        }
        trace.record(
            .normalise,
            [
                "text": .text(text), "truncated": .flag(normalised.truncated), "locale": .text(locale(of: session)),
            ])

        // 2. Guards.
        if message.type != .text {
            let configured = ItemID("message-\(message.type.rawValue)").flatMap { renderer.hasTemplate($0) ? $0 : nil }
            trace.record(
                .guards, ["type": .text(message.type.rawValue), "template": .text(configured?.rawValue ?? "")])
            guard let configured else {
                return finish(.silent, note: "unsupported_type", message: message, session: &session, trace: trace)
            }
            let text = renderer.render(
                .template(configured), locale: locale(of: session), variables: variables(for: session, context: context)
            ).text
            return finish(
                .answer, reply: text, source: SourceReference(kind: .template, id: configured), message: message,
                session: &session, trace: trace)
        }
        let garbled = normalised.visibleCount >= 4 && normalised.meaningfulShare < Self.garbledShare
        let disputes = buyer?["disputes_72h"].flatMap(Int.init) ?? 0
        trace.record(
            .guards,
            [
                "exclamations": .number(Double(normalised.longestExclamationRun)),
                "meaningful_share": .number((normalised.meaningfulShare * 100).rounded() / 100),
                "disputes_72h": .number(Double(disputes)),
            ])
        if text.isEmpty {
            // Nothing to read (only spaces or control characters): no reply, and no step towards a loop.
            return finish(.silent, note: "empty", message: message, session: &session, trace: trace)
        }
        if normalised.longestExclamationRun >= Self.exclamationLimit || garbled {
            return finish(.silent, note: "risk", message: message, session: &session, trace: trace)
        }
        if disputes >= Self.highRiskDisputes {
            return handOff(
                .risk, priority: .high, interim: nil, intent: nil, message: message, session: &session,
                context: context, trace: trace)
        }

        // 3–5. Handoff phrases, sentiment, complex issues: one pass of the automaton serves them all.
        let matched = catalog.matchedPhrases(in: text)
        let lexiconHits = lexiconHits(matched)
        let requested = lexiconHits.first { $0.lexicon.type == .handoff && $0.lexicon.reason == .requested }
        trace.record(
            .handoff, ["matched": .list(requested.map { [.text($0.phrase), .text($0.lexicon.id.rawValue)] } ?? [])])
        if let requested {
            return handOff(
                .requested, priority: .normal, interim: requested.lexicon.reply, intent: session.turns.last?.intent,
                message: message, session: &session, context: context, trace: trace, trigger: requested.phrase)
        }
        let high = lexiconHits.first { $0.lexicon.type == .sentiment && $0.lexicon.level == .high }
        let watch = lexiconHits.first { $0.lexicon.type == .sentiment && $0.lexicon.level != .high }
        if watch != nil { session.atRisk = true }
        trace.record(
            .sentiment,
            [
                "level": .text(high != nil ? "high" : watch != nil ? "watch" : "none"),
                "phrase": .text(high?.phrase ?? watch?.phrase ?? ""), "at_risk": .flag(session.atRisk),
            ])
        if let high {
            return handOff(
                .sentiment, priority: .high, interim: high.lexicon.reply, intent: session.turns.last?.intent,
                message: message, session: &session, context: context, trace: trace, trigger: high.phrase)
        }
        let complex = lexiconHits.first { $0.lexicon.type == .handoff && $0.lexicon.reason == .complex }
        trace.record(
            .complex, ["matched": .list(complex.map { [.text($0.phrase), .text($0.lexicon.id.rawValue)] } ?? [])])
        if let complex {
            return handOff(
                .complex, priority: .high, interim: complex.lexicon.reply, intent: "aftersale", message: message,
                session: &session, context: context, trace: trace, trigger: complex.phrase)
        }

        // 6. Entities.
        var found = extractor.entities(in: text)
        if let pending = session.pending, pending.missing.contains("order"), found.order == nil,
            text.count >= 5, text.allSatisfy(\.isNumber)
        {
            found.order = text  // a bare number answering "what is your order number?"
        }
        session.entities = session.entities.merging(found)
        trace.record(
            .entities, Dictionary(uniqueKeysWithValues: found.described.map { ($0.name, TraceValue.text($0.value)) }))

        // Context: a pick from the last clarification, or a pending answer whose data has arrived.
        if let pick = Int(text), pick >= 1, pick <= session.choices.count {
            let choice = session.choices[pick - 1]
            trace.record(.context, ["picked": .text(choice.label)])
            if let index = faqIndexByID[choice.id] {
                let faq = content.faqs[index]
                return respond(
                    with: faq.item.answer, source: SourceReference(kind: .faq, id: faq.item.id, location: faq.location),
                    intent: faq.item.intent, confidence: nil, message: message, session: &session, context: context,
                    trace: trace)
            }
        }
        if let pending = session.pending {
            let satisfied = variables(for: session, context: context).satisfied
            let stillMissing = pending.missing.filter { !satisfied.contains($0) }
            trace.record(
                .context, ["pending": .text(pending.source.label), "missing": .list(stillMissing.map(TraceValue.text))])
            if stillMissing.isEmpty, let resumed = reply(of: pending.source) {
                return respond(
                    with: resumed, source: pending.source, intent: pending.intent, confidence: nil, message: message,
                    session: &session, context: context, trace: trace)
            }
        }

        // 7. Keyword rules.
        let candidates =
            catalog.rules.evaluate(matched: matched, buyerTags: Set(tags), at: moment)
        trace.record(
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
        if let winner = candidates.first, winner.verdict == .won {
            let rule = catalog.rules.rule(at: winner.index)
            return respond(
                with: rule.item.reply, source: SourceReference(kind: .rule, id: rule.item.id, location: rule.location),
                intent: rule.item.intent, confidence: nil, message: message, session: &session, context: context,
                trace: trace)
        }

        // 8. FAQ retrieval, by words and, with the sentence model, by meaning. The message is embedded here
        // and only here, so rule answers never wait for the model; sentiment by meaning is read from the
        // same embedding before any FAQ answers.
        let meaning = meaning(of: text)
        if let meaning, high == nil, let felt = semantic?.sentiment.level(of: meaning.query.vector) {
            let secondWatch = felt.level == .watch && session.atRisk
            if felt.level == .watch { session.atRisk = true }
            // Recorded again, later than the lexical step, with its keys: the trace's last word on sentiment.
            trace.record(
                .sentiment,
                [
                    "level": .text(felt.level.rawValue), "phrase": .text(felt.prototype), "by_meaning": .flag(true),
                    "at_risk": .flag(session.atRisk),
                    "similarity": .number(Double((felt.similarity * 1000).rounded() / 1000)),
                    "calm_similarity": .number(Double((felt.calm * 1000).rounded() / 1000)),
                ])
            if felt.level == .high || secondWatch {
                let lexicon = content.lexicons.first { $0.item.type == .sentiment && $0.item.level == felt.level }
                return handOff(
                    .sentiment, priority: felt.level == .high ? .high : .normal, interim: lexicon?.item.reply,
                    intent: session.turns.last?.intent, message: message, session: &session, context: context,
                    trace: trace, trigger: felt.prototype)
            }
        }
        let synonyms = catalog.synonyms.groups(in: matched)
        let ranked = ranker.rank(text, synonyms: synonyms, meaning: meaning) { index in
            guard let window = content.faqs[index].item.active else { return true }
            return window.status(at: moment) == .active
        }
        let thresholds = content.settings.thresholds
        trace.record(
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
        if let top = ranked.first, top.confidence >= thresholds.suggest {
            let runnerUp = ranked.dropFirst().first?.confidence ?? 0
            let faq = content.faqs[top.index]
            if top.confidence >= thresholds.answer,
                top.confidence - runnerUp >= Self.clarifyMargin || runnerUp < thresholds.suggest
            {
                return respond(
                    with: faq.item.answer, source: SourceReference(kind: .faq, id: faq.item.id, location: faq.location),
                    intent: faq.item.intent, confidence: top.confidence, message: message, session: &session,
                    context: context, trace: trace)
            }
            let offered = ranked.filter { $0.confidence >= thresholds.suggest }.prefix(3)
            return clarify(Array(offered), message: message, session: &session, trace: trace)
        }

        // A message that only greets gets the welcome, not the fallback.
        if let welcome = content.settings.welcome, GreetingDetector().isOnlyAGreeting(text) {
            let location = content.templates.first { $0.item.id == welcome }?.location
            return respond(
                with: .template(welcome), source: SourceReference(kind: .template, id: welcome, location: location),
                intent: nil, confidence: nil, message: message, session: &session, context: context, trace: trace)
        }
        return fallBack(
            message: message, session: &session, context: context, trace: trace, confidence: ranked.first?.confidence)
    }

    /// The handoff and sentiment lexicons whose phrases appear, with the phrase found.
    private func lexiconHits(_ matched: Set<Int32>) -> [(phrase: String, lexicon: Lexicon)] {
        matched.sorted().flatMap { phrase in
            (catalog.lexiconsOfPhrase[phrase] ?? []).map { (catalog.phrases[Int(phrase)], catalog.lexicons[$0].item) }
        }
    }

    /// The reply a rule or FAQ answers with.
    private func reply(of source: SourceReference) -> Reply? {
        switch source.kind {
        case .faq: faqIndexByID[source.id].map { content.faqs[$0].item.answer }
        case .rule: ruleIndexByID[source.id].map { content.rules[$0].item.reply }
        default: nil
        }
    }
}
