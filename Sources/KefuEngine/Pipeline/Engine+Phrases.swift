import KefuCore

/// Stages 3 to 5, and 8's first half: a person asked for, anger, a complex case, found by the shop's
/// phrases in one pass of the automaton, and anger found by meaning with the sentence model.
extension Engine {
    func handOffOnPhrases(_ turn: inout Turn) -> EngineReply? {
        turn.matched = catalog.matchedPhrases(in: turn.text)
        let hits = lexiconHits(turn.matched)
        let lastIntent = turn.session.turns.last?.intent
        let requested = hits.first { $0.lexicon.type == .handoff && $0.lexicon.reason == .requested }
        turn.trace.record(
            .handoff, ["matched": .list(requested.map { [.text($0.phrase), .text($0.lexicon.id.rawValue)] } ?? [])])
        if let requested {
            return handOff(
                .requested, priority: .normal, interim: requested.lexicon.reply, intent: lastIntent, &turn,
                trigger: requested.phrase)
        }
        let high = hits.first { $0.lexicon.type == .sentiment && $0.lexicon.level == .high }
        let watch = hits.first { $0.lexicon.type == .sentiment && $0.lexicon.level != .high }
        if watch != nil { turn.session.atRisk = true }
        turn.hesitant = watch != nil
        turn.angryInWords = high != nil
        turn.trace.record(
            .sentiment,
            [
                "level": .text(high != nil ? "high" : watch != nil ? "watch" : "none"),
                "phrase": .text(high?.phrase ?? watch?.phrase ?? ""), "at_risk": .flag(turn.session.atRisk),
            ])
        if let high {
            return handOff(
                .sentiment, priority: .high, interim: high.lexicon.reply, intent: lastIntent, &turn,
                trigger: high.phrase)
        }
        let complex = hits.first { $0.lexicon.type == .handoff && $0.lexicon.reason == .complex }
        turn.trace.record(
            .complex, ["matched": .list(complex.map { [.text($0.phrase), .text($0.lexicon.id.rawValue)] } ?? [])])
        if let complex {
            return handOff(
                .complex, priority: .high, interim: complex.lexicon.reply, intent: "aftersale", &turn,
                trigger: complex.phrase)
        }
        return nil
    }

    /// The message is embedded here and only here, so rule answers never wait for the model; sentiment
    /// by meaning is read from the same embedding before any FAQ answers.
    func handOffOnFeeling(_ turn: inout Turn) -> EngineReply? {
        turn.meaning = meaning(of: turn.text)
        // The words already said how the buyer feels: anger (handed off), or hesitation, which meaning
        // must not read as anger (太贵了再考虑一下 sits near "再也不会来买了" and is answered, not escalated).
        guard let meaning = turn.meaning, !turn.angryInWords, !turn.hesitant,
            let felt = semantic?.sentiment.level(of: meaning.query.vector, faqQuestion: meaning.query.nearestQuestion)
        else { return nil }
        let secondWatch = felt.level == .watch && turn.session.atRisk
        if felt.level == .watch {
            turn.session.atRisk = true
            turn.hesitant = true
        }
        // Recorded again, later than the lexical step, with its keys: the trace's last word on sentiment.
        turn.trace.record(
            .sentiment,
            [
                "level": .text(felt.level.rawValue), "phrase": .text(felt.prototype), "by_meaning": .flag(true),
                "at_risk": .flag(turn.session.atRisk),
                "similarity": .number(Double((felt.similarity * 1000).rounded() / 1000)),
                "calm_similarity": .number(Double((felt.calm * 1000).rounded() / 1000)),
            ])
        guard felt.level == .high || secondWatch else { return nil }
        let lexicon = content.lexicons.first { $0.item.type == .sentiment && $0.item.level == felt.level }
        return handOff(
            .sentiment, priority: felt.level == .high ? .high : .normal, interim: lexicon?.item.reply,
            intent: turn.session.turns.last?.intent, &turn, trigger: felt.prototype)
    }

    /// The handoff and sentiment lexicons whose phrases appear, with the phrase found.
    private func lexiconHits(_ matched: Set<Int32>) -> [(phrase: String, lexicon: Lexicon)] {
        matched.sorted().flatMap { phrase in
            (catalog.lexiconsOfPhrase[phrase] ?? []).map { (catalog.phrases[Int(phrase)], catalog.lexicons[$0].item) }
        }
    }
}
