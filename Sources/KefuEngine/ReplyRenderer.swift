import Foundation
import KefuCore
import Mustache

/// Renders replies: plain texts, per-locale texts and Mustache templates (swift-mustache), in the
/// buyer's locale or else the bundle's default one. Templates are parsed once, when the engine is built.
struct ReplyRenderer: Sendable {
    private let templates: [ItemID: (item: ReplyTemplate, parsed: [String: MustacheTemplate])]
    private let defaultLocale: String

    init(templates: [Sourced<ReplyTemplate>], defaultLocale: String) {
        var compiled: [ItemID: (item: ReplyTemplate, parsed: [String: MustacheTemplate])] = [:]
        for template in templates {
            var parsed: [String: MustacheTemplate] = [:]
            for (locale, text) in template.item.text.entries {
                // Chat replies are plain text: no HTML escaping of `&` or `<` in order events.
                parsed[locale ?? defaultLocale] = try? MustacheTemplate(string: "{{% CONTENT_TYPE: TEXT}}" + text)
            }
            compiled[template.item.id] = (template.item, parsed)
        }
        self.templates = compiled
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
            let missing = template.item.needs.filter { !variables.satisfied.contains($0) }
            let (chosen, fellBack) = Self.choose(locale, from: template.parsed, default: defaultLocale)
            guard missing.isEmpty, let chosen, let parsed = template.parsed[chosen] else {
                return RenderedReply(
                    text: nil, template: id, locale: chosen ?? locale, localeFellBack: fellBack, missing: missing)
            }
            let text = parsed.render(variables.context).trimmingCharacters(in: .whitespacesAndNewlines)
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
