import Foundation
import KefuCore

/// The ends of the pipeline: render, check, break loops, clarify, fall back, hand off; each records
/// the turn in the session.
extension Engine {
    func respond(
        with reply: Reply, source: SourceReference, intent: String?, confidence: Double?, message: IncomingMessage,
        session: inout SessionState, context: AnswerContext, trace: TraceRecorder
    ) -> EngineReply {
        var trace = trace
        let locale = locale(of: session)
        let variables = variables(for: session, context: context)
        let rendered = renderer.render(reply, locale: locale, variables: variables)
        trace.record(
            .render,
            [
                "template": .text(rendered.template?.rawValue ?? ""), "locale": .text(rendered.locale),
                "locale_fell_back": .flag(rendered.localeFellBack),
                "missing": .list(rendered.missing.map { .text("\($0): \(variables.gaps[$0] ?? "missing")") }),
                "variables": .record(variables.flat.filter { !$0.value.isEmpty }.mapValues(TraceValue.text)),
            ])

        if let need = rendered.missing.first {
            session.pending = PendingAnswer(source: source, intent: intent, missing: rendered.missing)
            let asked = ItemID("ask-\(need.replacingOccurrences(of: "_", with: "-"))").flatMap { id in
                renderer.hasTemplate(id)
                    ? renderer.render(.template(id), locale: locale, variables: variables).text : nil
            }
            return finish(
                .ask, reply: asked ?? BuyerPhrases.ask(for: need, chinese: locale.hasPrefix("zh")), source: source,
                intent: intent, confidence: confidence, message: message, session: &session, trace: trace)
        }
        guard let text = rendered.text, !text.isEmpty else {
            return fallBack(message: message, session: &session, context: context, trace: trace, confidence: confidence)
        }

        let violations = compliance.violations(in: normaliser.normalise(text).text)
        trace.record(
            .checks,
            ["blocked": .list(violations.map { .record(["phrase": .text($0.phrase), "list": .text($0.source)]) })])
        if !violations.isEmpty {
            return handOff(
                .compliance, priority: .normal, interim: nil, intent: intent, message: message, session: &session,
                context: context, trace: trace, tried: source, trigger: violations.first?.phrase)
        }

        let times = session.answerCounts[source.label] ?? 0
        trace.record(
            .loop,
            [
                "times_given": .number(Double(times)),
                "fallbacks_in_a_row": .number(Double(session.consecutiveFallbacks)),
            ])
        if times >= 2 {
            return handOff(
                .loop, priority: .normal, interim: nil, intent: intent, message: message, session: &session,
                context: context, trace: trace, tried: source)
        }
        session.answerCounts[source.label] = times + 1
        session.consecutiveFallbacks = 0
        session.pending = nil
        return finish(
            .answer, reply: text, source: source, intent: intent, confidence: confidence, message: message,
            session: &session, trace: trace)
    }

    func clarify(_ offered: [FAQCandidate], message: IncomingMessage, session: inout SessionState, trace: TraceRecorder)
        -> EngineReply
    {
        let choices = offered.map { SourceReference(kind: .faq, id: $0.id, location: content.faqs[$0.index].location) }
        let questions = offered.map { content.faqs[$0.index].item.question }
        let text = BuyerPhrases.clarify(questions, chinese: locale(of: session).hasPrefix("zh"))
        var reply = finish(
            .clarify, reply: text, source: nil, intent: nil, confidence: offered.first?.confidence, message: message,
            session: &session, trace: trace)
        reply.choices = choices
        session.choices = choices
        return reply
    }

    func fallBack(
        message: IncomingMessage, session: inout SessionState, context: AnswerContext, trace: TraceRecorder,
        confidence: Double?
    ) -> EngineReply {
        var trace = trace
        trace.record(.loop, ["fallbacks_in_a_row": .number(Double(session.consecutiveFallbacks))])
        if session.consecutiveFallbacks >= 2 {
            return handOff(
                .loop, priority: .normal, interim: nil, intent: session.turns.last?.intent, message: message,
                session: &session, context: context, trace: trace)
        }
        let fallback = content.settings.fallback
        let text = renderer.render(
            .template(fallback), locale: locale(of: session), variables: variables(for: session, context: context)
        ).text
        session.consecutiveFallbacks += 1
        return finish(
            .fallback, reply: text,
            source: SourceReference(
                kind: .template, id: fallback, location: content.templates.first { $0.item.id == fallback }?.location),
            intent: nil, confidence: confidence, message: message, session: &session, trace: trace)
    }

    func handOff(
        _ reason: HandoffReason, priority: HandoffTicket.Priority, interim: Reply?, intent: String?,
        message: IncomingMessage, session: inout SessionState, context: AnswerContext, trace: TraceRecorder,
        tried: SourceReference? = nil, trigger: String? = nil
    ) -> EngineReply {
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

        let buyer = session.buyer.flatMap { context.shop.buyer(id: $0) }
        // The ticket goes back to the caller as the buyer wrote it; what is stored of it is masked where
        // everything a conversation writes is (KefuApp's PersonalDataBoundary).
        let said = Self.excerpt(message.text)
        var transcript = session.turns.flatMap { turn in
            ["buyer: \(turn.buyer)"] + (turn.reply.map { ["bot: \($0)"] } ?? [])
        }
        transcript.append("buyer: \(said)")
        let ticket = HandoffTicket(
            reason: reason, priority: priority, agent: route.agent?.id, agentName: route.agent?.name,
            agentOnline: route.online,
            availableAt: route.availableAt, trigger: trigger,
            summary: HandoffSummary(
                session: session, buyerTags: buyerTags(session, buyer: buyer), reason: reason, tried: tried,
                message: said
            ).text,
            transcript: transcript)
        session.tickets.append(ticket)
        var reply = finish(
            .handoff, reply: text, source: tried, intent: intent, confidence: nil, message: message, session: &session,
            trace: trace)
        reply.handoff = ticket
        reply.note = reason.rawValue
        session.handedOff = true
        session.pending = nil
        return reply
    }

    func finish(
        _ decision: Decision, note: String? = nil, reply: String? = nil, source: SourceReference? = nil,
        intent: String? = nil, confidence: Double? = nil, message: IncomingMessage, session: inout SessionState,
        trace: TraceRecorder
    ) -> EngineReply {
        if decision != .clarify { session.choices = [] }
        session.turns.append(
            SessionTurn(
                buyer: message.type == .text ? Self.excerpt(message.text) : "[\(message.type.rawValue)]",
                decision: decision,
                reply: reply,
                source: source?.label, intent: intent))
        return EngineReply(
            decision: decision, reply: reply, source: source, intent: intent, confidence: confidence, handoff: nil,
            choices: [], entities: session.entities, locale: locale(of: session), note: note, trace: trace.steps)
    }

    /// What a session keeps of a message: enough to read, never a megabyte.
    /// What a session keeps of a message: 500 characters at most, read no further.
    static func excerpt(_ text: String) -> String {
        PersonalDataMasker.excerpt(text, limit: 500)
    }
}
