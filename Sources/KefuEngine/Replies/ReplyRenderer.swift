import Foundation
import KefuCore
import Mustache

/// Renders replies: plain texts, per-locale texts and Mustache templates (swift-mustache), in the
/// buyer's locale or else the bundle's default one. Templates are parsed when first used.
struct ReplyRenderer: Sendable {
    private let templates: [ItemID: ReplyTemplate]
    private let parsed: ParsedTemplates
    private let defaultLocale: String

    init(templates: [Sourced<ReplyTemplate>], defaultLocale: String) {
        let items = Dictionary(templates.map { ($0.item.id, $0.item) }) { _, last in last }
        self.templates = items
        self.parsed = ParsedTemplates(templates: items, defaultLocale: defaultLocale)
        self.defaultLocale = defaultLocale
    }

    /// Whether the bundle has a template called `id`.
    func hasTemplate(_ id: ItemID) -> Bool { templates[id] != nil }

    func render(_ reply: Reply, locale: String, variables: TemplateVariables) -> RenderedReply {
        switch reply {
        case .text(let text):
            return RenderedReply(text: text, locale: locale, localeFellBack: false, missing: [])
        case .localized(let texts):
            let (chosen, fellBack) = Self.choose(locale, from: texts, default: defaultLocale)
            return RenderedReply(
                text: chosen.map { texts[$0] } ?? nil, locale: chosen ?? locale, localeFellBack: fellBack, missing: [])
        case .template(let id):
            guard let template = templates[id] else {
                return RenderedReply(text: nil, template: id, locale: locale, localeFellBack: false, missing: [])
            }
            let missing = template.needs.filter { !variables.satisfied.contains($0) }
            let texts = parsed.texts(of: id)
            let (chosen, fellBack) = Self.choose(locale, from: texts, default: defaultLocale)
            guard missing.isEmpty, let chosen, let parsed = texts[chosen] else {
                return RenderedReply(
                    text: nil, template: id, locale: chosen ?? locale, localeFellBack: fellBack, missing: missing)
            }
            let text = parsed.render(TemplateObject(values: variables.context)).trimmingCharacters(
                in: .whitespacesAndNewlines)
            return RenderedReply(text: text, template: id, locale: chosen, localeFellBack: fellBack, missing: [])
        }
    }

    /// The locale to use among those a text has: the buyer's, its language, the default, or any.
    static func choose<Value>(_ locale: String, from texts: [String: Value], default fallback: String) -> (
        String?, Bool
    ) {
        if texts[locale] != nil { return (locale, false) }
        let language = locale.split(separator: "-").first.map(String.init) ?? locale
        if let near = LanguageDetector.locale(for: language, among: texts.keys.sorted()) { return (near, false) }
        if texts[fallback] != nil { return (fallback, true) }
        return (texts.keys.sorted().first, true)
    }
}
