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
            return filled(
                RenderedReply(text: text, locale: locale, localeFellBack: false, missing: []), variables: variables)
        case .localized(let texts):
            let (chosen, fellBack) = Self.choose(locale, from: texts, default: defaultLocale)
            return filled(
                RenderedReply(
                    text: chosen.map { texts[$0] } ?? nil, locale: chosen ?? locale, localeFellBack: fellBack,
                    missing: []),
                variables: variables)
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
            let text = parsed.render(TemplateObject(values: variables.context))
            return checked(
                RenderedReply(text: text, template: id, locale: chosen, localeFellBack: fellBack, missing: []),
                variables: variables)
        }
    }

    /// An inline reply that uses variables (`{{product.title}}` in an FAQ answer) is filled in like a
    /// template; one that does not parse is not sent raw.
    private func filled(_ reply: RenderedReply, variables: TemplateVariables) -> RenderedReply {
        guard let text = reply.text, text.contains("{{") else { return reply }
        var rendered = reply
        guard let template = parsed.inline(text) else {
            rendered.text = nil
            return rendered
        }
        rendered.text = template.render(TemplateObject(values: variables.context))
        return checked(rendered, variables: variables)
    }

    /// A rendered text with a gap is not sent: the buyer is asked for what they can give (an order
    /// number), else the gaps are named for the fallback.
    private func checked(_ reply: RenderedReply, variables: TemplateVariables) -> RenderedReply {
        var checked = reply
        let text = reply.text?.trimmingWhitespace()
        checked.text = text
        let gaps = text.map(TemplateGap.paths(in:)) ?? []
        guard !gaps.isEmpty else { return checked }
        checked.text = nil
        var missing: [String] = []
        for need in gaps.compactMap(TemplateGap.need(of:)) where !variables.satisfied.contains(need) {
            if !missing.contains(need) { missing.append(need) }
        }
        checked.missing = missing
        checked.gaps = missing.isEmpty ? gaps : []
        return checked
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
