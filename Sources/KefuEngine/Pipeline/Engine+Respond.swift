import Crypto
import Foundation
import KefuCore

/// The ends of the pipeline: render, check, break loops, clarify, fall back, hand off; each records
/// the turn in the session.
extension Engine {
    func respond(
        with reply: Reply, source: SourceReference, intent: String?, confidence: Double?, _ turn: inout Turn
    ) -> EngineReply {
        let locale = locale(of: turn.session)
        let variables = variables(for: turn.session, context: turn.context)
        let rendered = renderer.render(reply, locale: locale, variables: variables)
        turn.trace.record(
            .render,
            [
                "template": .text(rendered.template?.rawValue ?? ""), "locale": .text(rendered.locale),
                "locale_fell_back": .flag(rendered.localeFellBack),
                "missing": .list(rendered.missing.map { .text("\($0): \(variables.gaps[$0] ?? "missing")") }),
                "no_data": .list(rendered.gaps.map { .text("\($0): \(variables.reason(forGap: $0))") }),
                "variables": .record(variables.flat.filter { !$0.value.isEmpty }.mapValues(TraceValue.text)),
            ])

        if let need = rendered.missing.first {
            turn.session.pending = PendingAnswer(source: source, intent: intent, missing: rendered.missing)
            // An order number the shop's orders do not have: asking for "the order number" again would
            // go round in circles. Say it was not found, ask to check it, offer a person.
            let unknownOrder = need == "order" ? turn.session.entities.order : nil
            let template =
                unknownOrder == nil ? "ask-\(need.replacingOccurrences(of: "_", with: "-"))" : "order-not-found"
            let asked = ItemID(template).flatMap { id in
                renderer.hasTemplate(id)
                    ? renderer.render(.template(id), locale: locale, variables: variables).text : nil
            }
            let chinese = locale.hasPrefix("zh")
            let said =
                unknownOrder.map { BuyerPhrases.orderNotFound($0, chinese: chinese) }
                ?? BuyerPhrases.ask(for: need, chinese: chinese)
            return finish(
                .ask, note: unknownOrder == nil ? nil : "order_not_found", reply: asked ?? said, source: source,
                intent: intent, confidence: confidence, &turn)
        }
        // The shop has no value for something the reply prints: never a reply with a hole in it.
        if !rendered.gaps.isEmpty { return fallBack(confidence: confidence, offeringPerson: true, &turn) }
        guard let text = rendered.text, !text.isEmpty else { return fallBack(confidence: confidence, &turn) }

        let violations = compliance.violations(in: normaliser.normalise(text).text)
        turn.trace.record(
            .checks,
            ["blocked": .list(violations.map { .record(["phrase": .text($0.phrase), "list": .text($0.source)]) })])
        if !violations.isEmpty {
            return handOff(
                .compliance, priority: .normal, interim: nil, intent: intent, &turn, tried: source,
                trigger: violations.first?.phrase)
        }

        // The same reply, not the same source: a stock template that answers three sizes is three answers.
        // Kept by a digest of its words: the session is saved, and a reply can carry a buyer's order data.
        let given =
            source.label + "#"
            + Hex.string(SHA256.hash(data: Data(text.utf8)).prefix(8))
        let times = turn.session.answerCounts[given] ?? 0
        turn.trace.record(
            .loop,
            [
                "times_given": .number(Double(times)),
                "fallbacks_in_a_row": .number(Double(turn.session.consecutiveFallbacks)),
            ])
        if times >= 2 {
            return handOff(.loop, priority: .normal, interim: nil, intent: intent, &turn, tried: source)
        }
        turn.session.answerCounts[given] = times + 1
        turn.session.consecutiveFallbacks = 0
        turn.session.pending = nil
        return finish(.answer, reply: text, source: source, intent: intent, confidence: confidence, &turn)
    }

    func clarify(_ offered: [FAQCandidate], _ turn: inout Turn) -> EngineReply {
        let choices = offered.map { SourceReference(kind: .faq, id: $0.id, location: content.faqs[$0.index].location) }
        let questions = offered.map { content.faqs[$0.index].item.question }
        let text = BuyerPhrases.clarify(questions, chinese: locale(of: turn.session).hasPrefix("zh"))
        var reply = finish(.clarify, reply: text, confidence: offered.first?.confidence, &turn)
        reply.choices = choices
        turn.session.choices = choices
        return reply
    }

    /// The bundle's fallback; `offeringPerson` when the buyer's question has an answer the shop's data
    /// cannot fill in, so a person is offered with it.
    func fallBack(confidence: Double?, offeringPerson: Bool = false, _ turn: inout Turn) -> EngineReply {
        turn.trace.record(.loop, ["fallbacks_in_a_row": .number(Double(turn.session.consecutiveFallbacks))])
        if turn.session.consecutiveFallbacks >= 2 {
            return handOff(.loop, priority: .normal, interim: nil, intent: turn.session.turns.last?.intent, &turn)
        }
        let fallback = content.settings.fallback
        let chinese = locale(of: turn.session).hasPrefix("zh")
        var text = renderer.render(
            .template(fallback), locale: locale(of: turn.session),
            variables: variables(for: turn.session, context: turn.context)
        ).text
        if offeringPerson {
            let offer = BuyerPhrases.offerPerson(chinese: chinese)
            text = text.map { $0 + (chinese ? "" : " ") + offer } ?? offer
        }
        turn.session.consecutiveFallbacks += 1
        return finish(
            .fallback, note: offeringPerson ? "no_data" : nil, reply: text,
            source: SourceReference(
                kind: .template, id: fallback, location: content.templates.first { $0.item.id == fallback }?.location),
            intent: nil, confidence: confidence, &turn)
    }

    func handOff(
        _ reason: HandoffReason, priority: HandoffTicket.Priority, interim: Reply?, intent: String?,
        _ turn: inout Turn, tried: SourceReference? = nil, trigger: String? = nil
    ) -> EngineReply {
        let session = turn.session
        let context = turn.context
        let locale = locale(of: session)
        let chinese = locale.hasPrefix("zh")
        let route = router.route(
            intent: intent, priority: priority, minuteOfDay: context.clock.minuteOfDay, load: context.agentLoad)
        let named = interim ?? ItemID("handoff").flatMap { renderer.hasTemplate($0) ? Reply.template($0) : nil }
        var text =
            named.flatMap {
                renderer.render($0, locale: locale, variables: variables(for: session, context: context)).text
            }
            ?? BuyerPhrases.handoff(chinese: chinese)
        if !route.online, let time = route.availableAt {
            text += (chinese ? "" : " ") + BuyerPhrases.offline(at: time, chinese: chinese)
        }

        // The engine masks nothing: the ticket is masked where it leaves kefu or is kept, in one place
        // (KefuApp's PersonalDataBoundary).
        let said = Self.excerpt(turn.message.text)
        var transcript = session.turns.flatMap { turn in
            ["buyer: \(turn.buyer)"] + (turn.reply.map { ["bot: \($0)"] } ?? [])
        }
        transcript.append("buyer: \(said)")
        let ticket = HandoffTicket(
            reason: reason, priority: priority, agent: route.agent?.id, agentName: route.agent?.name,
            agentOnline: route.online,
            availableAt: route.availableAt, trigger: trigger,
            summary: HandoffSummary(
                session: session, buyerTags: buyerTags(session, buyer: turn.buyer), reason: reason, tried: tried,
                message: said, language: shopLanguage
            ).text,
            transcript: transcript)
        turn.session.tickets.append(ticket)
        var reply = finish(.handoff, reply: text, source: tried, intent: intent, &turn)
        reply.handoff = ticket
        reply.note = reason.rawValue
        turn.session.handedOff = true
        turn.session.pending = nil
        return reply
    }

    func finish(
        _ decision: Decision, note: String? = nil, reply: String? = nil, source: SourceReference? = nil,
        intent: String? = nil, confidence: Double? = nil, _ turn: inout Turn
    ) -> EngineReply {
        let message = turn.message
        if decision != .clarify { turn.session.choices = [] }
        turn.session.turns.append(
            SessionTurn(
                buyer: message.type == .text ? Self.excerpt(message.text) : "[\(message.type.rawValue)]",
                decision: decision,
                reply: reply,
                source: source?.label, intent: intent))
        return EngineReply(
            decision: decision, reply: reply, source: source, intent: intent, confidence: confidence, handoff: nil,
            choices: [], entities: turn.session.entities, locale: locale(of: turn.session), note: note,
            trace: turn.trace.steps)
    }

    /// What a session keeps of a message: enough to read, never a megabyte.
    /// What a session keeps of a message: 500 characters at most, read no further.
    static func excerpt(_ text: String) -> String {
        PersonalDataMasker.excerpt(text, limit: 500)
    }
}
