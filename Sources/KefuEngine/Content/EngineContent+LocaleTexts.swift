import KefuCore

extension EngineContent {
    /// Every reply text written for a named locale (FAQ answers, rule replies, templates, interim replies),
    /// by locale: what the language detector learns each language of this bundle from.
    public var textsByLocale: [String: [String]] {
        textsByLocale(itemReplies: faqs.map(\.item.answer) + rules.map(\.item.reply))
    }

    /// `textsByLocale`, with the FAQs' answers and then the rules' replies given as `itemReplies` (those
    /// not written for a named locale may be left out): compiling takes them in its decoding pass.
    func textsByLocale(itemReplies: [Reply]) -> [String: [String]] {
        var texts: [String: [String]] = [:]
        func add(_ reply: Reply?) {
            if case .localized(let map)? = reply {
                for (locale, text) in map { texts[locale, default: []].append(text) }
            }
        }
        itemReplies.forEach(add)
        lexicons.forEach { add($0.item.reply) }
        for template in templates {
            for case (let locale?, let text) in template.item.text.entries { texts[locale, default: []].append(text) }
        }
        return texts
    }
}
