import Foundation
import KefuCore
import KefuEngine

/// The trace of one reply laid out for a person (`:why`): what was read, which rules matched and why
/// the others lost, the FAQ candidates against the thresholds, how the reply was rendered and checked,
/// the ticket, the timings and the source's file:line. Built from the trace data alone, so it
/// explains exactly what `kefu ask --json` reports.
public struct Explanation: Hashable, Sendable {
    /// The decision and where it came from, in one line.
    public var headline: ExplanationLine
    public var sections: [ExplanationSection]

    public init(of reply: EngineReply) {
        // A stage recorded twice (sentiment, by words and then by meaning) is explained by its last word.
        let steps = Dictionary(reply.trace.map { ($0.stage, $0) }, uniquingKeysWith: { _, last in last })
        headline = Self.headline(reply)
        var sections: [ExplanationSection] = []
        let message = Self.messageLines(steps)
        if !message.isEmpty { sections.append(ExplanationSection(Message(.whyMessageTitle), message)) }
        if let rules = steps[.rules] { sections.append(Self.rules(rules)) }
        if let faq = steps[.faq] { sections.append(Self.faq(faq, reply: reply)) }
        let rendering = Self.replyLines(steps, reply: reply)
        if !rendering.isEmpty { sections.append(ExplanationSection(Message(.whyReplyTitle), rendering)) }
        if !reply.trace.isEmpty { sections.append(Self.timings(reply.trace)) }
        self.sections = sections
    }

    private static func headline(_ reply: EngineReply) -> ExplanationLine {
        let decision = reply.decision.rawValue + (reply.note.map { " (\($0))" } ?? "")
        let location = reply.source?.file.map { "\($0):\(reply.source?.line ?? 1)" }
        guard let source = reply.source else {
            return ExplanationLine(Message(.whyHeadlineNoSource, decision), tone: .chosen)
        }
        let confidence = reply.confidence.map { " " + number($0) } ?? ""
        return ExplanationLine(
            Message(.whyHeadline, decision, source.label + confidence), tone: .chosen, at: location,
            about: ItemKey(kind: source.kind, id: source.id))
    }

    /// Normalisation, guards, handoff phrases, sentiment, complex issues, entities and context.
    private static func messageLines(_ steps: [TraceStage: TraceStep]) -> [ExplanationLine] {
        var lines: [ExplanationLine] = []
        if steps[.session]?["handed_off"] == .flag(true) {
            lines.append(ExplanationLine(Message(.whyHandedOff), tone: .warning))
        }
        if let normalise = steps[.normalise] {
            lines.append(
                ExplanationLine(Message(.whyRead, normalise["text"]?.text ?? "", normalise["locale"]?.text ?? "")))
            if normalise["truncated"] == .flag(true) {
                lines.append(ExplanationLine(Message(.whyTruncated), tone: .warning))
            }
        }
        if let guards = steps[.guards] {
            if let type = guards["type"]?.text {
                let template = guards["template"]?.text ?? ""
                lines.append(ExplanationLine(Message(.whyNonText, type, template.isEmpty ? "-" : template)))
            } else {
                lines.append(
                    ExplanationLine(
                        Message(
                            .whyGuards, text(guards["exclamations"]), text(guards["meaningful_share"]),
                            text(guards["disputes_72h"]))))
            }
        }
        if let handoff = steps[.handoff] {
            lines.append(matchLine(handoff["matched"], found: .whyHandoffPhrase, none: .whyNoHandoffPhrase))
        }
        if let sentiment = steps[.sentiment] {
            let level = sentiment["level"]?.text ?? "none"
            if level == "none" {
                lines.append(ExplanationLine(Message(.whyNoSentiment)))
            } else {
                lines.append(
                    ExplanationLine(
                        Message(.whySentiment, level, sentiment["phrase"]?.text ?? ""),
                        tone: level == "high" ? .chosen : .warning))
            }
        }
        if let complex = steps[.complex] {
            lines.append(matchLine(complex["matched"], found: .whyComplexPhrase, none: .whyNoComplexPhrase))
        }
        if let entities = steps[.entities] {
            let found = entities.facts.sorted { $0.key < $1.key }.map { "\($0.key) \(text($0.value))" }
            lines.append(
                ExplanationLine(
                    found.isEmpty ? Message(.whyNoEntities) : Message(.whyEntities, found.joined(separator: ", "))))
        }
        if let context = steps[.context] {
            if let picked = context["picked"]?.text {
                lines.append(ExplanationLine(Message(.whyPicked, picked), tone: .chosen))
            } else if let pending = context["pending"]?.text {
                let missing = context["missing"]?.list?.compactMap(\.text) ?? []
                lines.append(
                    ExplanationLine(
                        missing.isEmpty
                            ? Message(.whyPendingResumed, pending)
                            : Message(.whyPendingMissing, pending, missing.joined(separator: ", "))))
            }
        }
        return lines
    }

    private static func matchLine(_ matched: TraceValue?, found: MessageKey, none: MessageKey) -> ExplanationLine {
        let pair = matched?.list?.compactMap(\.text) ?? []
        guard pair.count == 2 else { return ExplanationLine(Message(none)) }
        return ExplanationLine(Message(found, pair[0], pair[1]), tone: .chosen)
    }

    /// Every rule the message touched: the winner, and why each other one lost.
    private static func rules(_ step: TraceStep) -> ExplanationSection {
        let candidates = step["candidates"]?.list?.compactMap(\.record) ?? []
        guard !candidates.isEmpty else {
            return ExplanationSection(Message(.whyRulesTitle), [ExplanationLine(Message(.whyNoRule))])
        }
        let lines = candidates.map { rule -> ExplanationLine in
            let id = rule["id"]?.text ?? "?"
            let detail = rule["detail"]?.text ?? ""
            let keywords = (rule["keywords"]?.list?.compactMap(\.text) ?? []).joined(separator: ", ")
            let priority = text(rule["priority"])
            let at = rule["at"]?.text
            let item = ItemID(id).map { ItemKey(kind: .rule, id: $0) }
            switch rule["verdict"]?.text {
            case "won":
                return ExplanationLine(Message(.whyRuleWon, id, priority, keywords), tone: .chosen, at: at, about: item)
            case "outranked":
                return ExplanationLine(
                    Message(.whyRuleOutranked, id, detail, priority, keywords), tone: .passed, at: at, about: item)
            case "excluded":
                return ExplanationLine(
                    Message(.whyRuleExcluded, id, detail, keywords), tone: .passed, at: at, about: item)
            case "missing_all":
                return ExplanationLine(
                    Message(.whyRuleMissingAll, id, detail, keywords), tone: .passed, at: at, about: item)
            case "inactive":
                return ExplanationLine(
                    Message(.whyRuleInactive, id, detail, keywords), tone: .passed, at: at, about: item)
            default:
                return ExplanationLine(
                    Message(.whyRuleCondition, id, detail.isEmpty ? "-" : detail, keywords), tone: .passed, at: at,
                    about: item)
            }
        }
        return ExplanationSection(Message(.whyRulesTitle), lines)
    }

    /// The FAQ candidates against the thresholds, and what the ranking led to.
    private static func faq(_ step: TraceStep, reply: EngineReply) -> ExplanationSection {
        let thresholds = step["thresholds"]?.record ?? [:]
        let answer = thresholds["answer"].map(text) ?? "?"
        let suggest = thresholds["suggest"].map(text) ?? "?"
        let suggestValue = number(of: thresholds["suggest"]) ?? 0
        let candidates = step["candidates"]?.list?.compactMap(\.record) ?? []
        var lines = candidates.enumerated().map { index, candidate -> ExplanationLine in
            let id = candidate["id"]?.text ?? "?"
            let confidence = number(of: candidate["confidence"]) ?? 0
            let chosen = index == 0 && reply.source?.kind == .faq && reply.source?.id.rawValue == id
            let offered = reply.choices.contains { $0.id.rawValue == id }
            return ExplanationLine(
                Message(
                    .whyFAQCandidate, "\(index + 1)", id, text(candidate["confidence"]), text(candidate["nearest"]),
                    text(candidate["classifier"]), candidate["closest_question"]?.text ?? ""),
                tone: chosen || offered ? .chosen : confidence < suggestValue ? .passed : .plain,
                at: candidate["at"]?.text, about: ItemID(id).map { ItemKey(kind: .faq, id: $0) })
        }
        // With the sentence model, how close in meaning each candidate was; without it, say so once.
        for (index, candidate) in candidates.enumerated() {
            guard let meaning = candidate["meaning"], number(of: meaning) != nil else { continue }
            lines.append(
                ExplanationLine(
                    Message(
                        .whyFAQMeaning, "\(index + 1)", candidate["id"]?.text ?? "?", text(meaning),
                        candidate["closest_in_meaning"]?.text ?? "")))
        }
        if let semantic = step["semantic"]?.text, semantic.hasPrefix("off: ") {
            lines.append(ExplanationLine(Message(.whySemanticOff, String(semantic.dropFirst(5))), tone: .warning))
        }
        if candidates.isEmpty { lines.append(ExplanationLine(Message(.whyNoFAQ))) }
        switch reply.decision {
        case .clarify: lines.append(ExplanationLine(Message(.whyFAQClarify), tone: .warning))
        case .fallback: lines.append(ExplanationLine(Message(.whyFAQBelow, suggest), tone: .warning))
        default: break
        }
        return ExplanationSection(Message(.whyFAQTitle, answer, suggest), lines)
    }

    /// Rendering, outgoing checks, the loop breaker and the ticket.
    private static func replyLines(_ steps: [TraceStage: TraceStep], reply: EngineReply) -> [ExplanationLine] {
        var lines: [ExplanationLine] = []
        if let render = steps[.render] {
            let template = render["template"]?.text ?? ""
            let locale = render["locale"]?.text ?? reply.locale
            lines.append(
                ExplanationLine(
                    template.isEmpty ? Message(.whyRenderText, locale) : Message(.whyRenderTemplate, template, locale)))
            if render["locale_fell_back"] == .flag(true) {
                lines.append(ExplanationLine(Message(.whyLocaleFellBack, reply.locale, locale), tone: .warning))
            }
            let variables = (render["variables"]?.record ?? [:]).sorted { $0.key < $1.key }
            if !variables.isEmpty {
                let listed = variables.map { "\($0.key)=\(text($0.value))" }.joined(separator: ", ")
                lines.append(ExplanationLine(Message(.whyVariables, listed)))
            }
            let missing = render["missing"]?.list?.compactMap(\.text) ?? []
            if !missing.isEmpty {
                lines.append(ExplanationLine(Message(.whyMissingData, missing.joined(separator: "; ")), tone: .warning))
            }
        }
        if let checks = steps[.checks] {
            let blocked = checks["blocked"]?.list?.compactMap(\.record) ?? []
            if blocked.isEmpty {
                lines.append(ExplanationLine(Message(.whyChecksClean)))
            } else {
                for hit in blocked {
                    lines.append(
                        ExplanationLine(
                            Message(.whyBlocked, hit["phrase"]?.text ?? "", hit["list"]?.text ?? ""), tone: .warning))
                }
            }
        }
        if let loop = steps[.loop] {
            lines.append(
                ExplanationLine(
                    loop["times_given"] == nil
                        ? Message(.whyFallbacksInARow, text(loop["fallbacks_in_a_row"]))
                        : Message(.whyLoop, text(loop["times_given"]), text(loop["fallbacks_in_a_row"]))))
        }
        if let ticket = reply.handoff {
            let agent = ticket.agentName.map { "\($0) (\(ticket.agent?.rawValue ?? ""))" } ?? "-"
            lines.append(
                ExplanationLine(
                    Message(.whyTicket, ticket.reason.rawValue, ticket.priority.rawValue, agent), tone: .chosen))
            lines.append(ExplanationLine(Message(.whyTicketSummary, ticket.summary)))
        }
        return lines
    }

    private static func timings(_ trace: [TraceStep]) -> ExplanationSection {
        let stages = trace.map { "\($0.stage.rawValue) \(number($0.micros))" }.joined(separator: " · ")
        let total = trace.reduce(0) { $0 + $1.micros }
        return ExplanationSection(
            Message(.whyTimingsTitle), [ExplanationLine(Message(.whyTimings, stages, number(total)))])
    }

    /// A trace value as a person reads it: numbers without needless decimals.
    static func text(_ value: TraceValue?) -> String {
        switch value {
        case .text(let text): text
        case .number(let value): number(value)
        case .flag(let flag): flag ? "yes" : "no"
        case .list(let list): list.map { text($0) }.joined(separator: ", ")
        case .record(let record):
            record.sorted { $0.key < $1.key }.map { "\($0.key) \(text($0.value))" }.joined(
                separator: ", ")
        case nil: "-"
        }
    }

    private static func number(of value: TraceValue?) -> Double? {
        if case .number(let number) = value { number } else { nil }
    }

    static func number(_ value: Double) -> String {
        if value == value.rounded() && abs(value) < 1e15 { return String(Int(value)) }
        var text = String(format: "%.3f", value)
        while text.hasSuffix("0") { text.removeLast() }
        return text
    }
}
