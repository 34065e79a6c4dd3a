import KefuCore

/// Stage 6 and the conversation's context: what the message names (orders, sizes, products), a pick
/// from the last clarification, or a pending answer whose data has now arrived.
extension Engine {
    func readEntities(_ turn: inout Turn) {
        var found = extractor.entities(in: turn.text)
        if let pending = turn.session.pending, pending.missing.contains("order"), found.order == nil,
            turn.text.count >= 5, turn.text.allSatisfy(\.isNumber)
        {
            found.order = turn.text  // a bare number answering "what is your order number?"
        }
        // A size, variant or colour the product in view sells (`大盒`, `礼盒装`, `雾霾蓝`), named in words
        // the extractor does not know; the longest, so `大盒` is not read inside `超大盒`.
        if let sku = turn.session.product ?? found.product, let product = turn.context.shop.product(sku: sku) {
            let sizes = found.size == nil ? product.list("sizes") : []
            let colours = product.list("colours")
            // The message's Latin words, split only when the product has names to look for.
            let words =
                sizes.isEmpty && colours.isEmpty
                ? []
                : Set(turn.text.lowercased().split { !($0.isLetter || $0.isNumber) || !$0.isASCII }.map(String.init))
            if let size = Self.longest(of: sizes, namedIn: turn.text, words: words) { found.size = size }
            if let colour = Self.longest(of: colours, namedIn: turn.text, words: words) { found.colour = colour }
        }
        turn.session.entities = turn.session.entities.merging(found)
        turn.trace.record(
            .entities, Dictionary(uniqueKeysWithValues: found.described.map { ($0.name, TraceValue.text($0.value)) }))
    }

    /// The longest of `names` the message names: Latin ones (`M`, `XL`, `navy`) as whole words, others
    /// (`大盒`, `杏色`) anywhere, two characters at least.
    private static func longest(of names: [String], namedIn text: String, words: Set<String>) -> String? {
        names.filter { name in
            name.allSatisfy(\.isASCII) ? words.contains(name.lowercased()) : name.count > 1 && text.contains(name)
        }.max { $0.count < $1.count }
    }

    func continueContext(_ turn: inout Turn) -> EngineReply? {
        if let pick = Int(turn.text), pick >= 1, pick <= turn.session.choices.count {
            let choice = turn.session.choices[pick - 1]
            turn.trace.record(.context, ["picked": .text(choice.label)])
            if let index = faqIndexByID[choice.id] {
                let faq = content.faqs[index]
                return respond(
                    with: faq.item.answer, source: SourceReference(kind: .faq, id: faq.item.id, location: faq.location),
                    intent: faq.item.intent, confidence: nil, &turn)
            }
        }
        guard let pending = turn.session.pending else { return nil }
        let satisfied = variables(for: turn.session, context: turn.context).satisfied
        let stillMissing = pending.missing.filter { !satisfied.contains($0) }
        turn.trace.record(
            .context, ["pending": .text(pending.source.label), "missing": .list(stillMissing.map(TraceValue.text))])
        guard stillMissing.isEmpty, let resumed = reply(of: pending.source) else { return nil }
        return respond(with: resumed, source: pending.source, intent: pending.intent, confidence: nil, &turn)
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
