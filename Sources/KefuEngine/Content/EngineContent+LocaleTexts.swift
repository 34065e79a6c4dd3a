import KefuCore

extension EngineContent {
    /// Every reply text written for a named locale (FAQ answers, rule replies, templates, interim replies),
    /// by locale: what the language detector learns each language of this bundle from.
    public var textsByLocale: [String: [String]] {
        var texts: [String: [String]] = [:]
        func add(_ reply: Reply?) {
            if case .localized(let map)? = reply {
                for (locale, text) in map { texts[locale, default: []].append(text) }
            }
        }
        faqs.forEach { add($0.item.answer) }
        rules.forEach { add($0.item.reply) }
        lexicons.forEach { add($0.item.reply) }
        for template in templates {
            for case (let locale?, let text) in template.item.text.entries { texts[locale, default: []].append(text) }
        }
        return texts
    }
}
