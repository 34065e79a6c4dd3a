import KefuCore

/// Stages 1 and 2: read the message, and stop what should not be answered (other message types, empty
/// or garbled text, shouting, buyers with many recent disputes).
extension Engine {
    func normalise(_ turn: inout Turn) {
        let normalised = normaliser.normalise(turn.message.text)
        turn.normalised = normalised
        turn.language = detector.language(of: turn.text)
        if let language = turn.language,
            let locale = LanguageDetector.locale(for: language, among: content.settings.locales)
        {
            turn.session.locale = locale
        }
        let locale = locale(of: turn.session)
        turn.trace.record(
            .normalise,
            ["text": .text(normalised.text), "truncated": .flag(normalised.truncated), "locale": .text(locale)])
    }

    func guardAgainstRisk(_ turn: inout Turn) -> EngineReply? {
        let message = turn.message
        if message.type != .text {
            let configured = ItemID("message-\(message.type.rawValue)").flatMap { renderer.hasTemplate($0) ? $0 : nil }
            turn.trace.record(
                .guards, ["type": .text(message.type.rawValue), "template": .text(configured?.rawValue ?? "")])
            guard let configured else { return finish(.silent, note: "unsupported_type", &turn) }
            let text = renderer.render(
                .template(configured), locale: locale(of: turn.session),
                variables: variables(for: turn.session, context: turn.context)
            ).text
            return finish(.answer, reply: text, source: SourceReference(kind: .template, id: configured), &turn)
        }
        let normalised = turn.normalised
        let garbled = normalised.visibleCount >= 4 && normalised.meaningfulShare < Self.garbledShare
        let disputes = turn.buyer?["disputes_72h"].flatMap(Int.init) ?? 0
        turn.trace.record(
            .guards,
            [
                "exclamations": .number(Double(normalised.longestExclamationRun)),
                "meaningful_share": .number((normalised.meaningfulShare * 100).rounded() / 100),
                "disputes_72h": .number(Double(disputes)),
            ])
        if turn.text.isEmpty {
            // Nothing to read (only spaces or control characters): no reply, and no step towards a loop.
            return finish(.silent, note: "empty", &turn)
        }
        if normalised.longestExclamationRun >= Self.exclamationLimit || garbled {
            return finish(.silent, note: "risk", &turn)
        }
        if disputes >= Self.highRiskDisputes {
            return handOff(.risk, priority: .high, interim: nil, intent: nil, &turn)
        }
        return nil
    }
}
