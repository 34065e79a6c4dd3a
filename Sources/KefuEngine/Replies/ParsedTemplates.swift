import Foundation
import KefuCore
import Mustache
import Synchronization

/// Each template's Mustache texts, parsed on first use and kept: a large bundle has thousands of
/// templates and one answer renders one, so parsing them all up front was a fifth of a fresh `kefu ask`.
final class ParsedTemplates: Sendable {
    private let templates: [ItemID: ReplyTemplate]
    /// The locale of a text written without one.
    private let defaultLocale: String
    private let parsed = Mutex<[ItemID: [String: MustacheTemplate]]>([:])
    /// Inline replies that use variables, parsed by their text; `nil` for one that does not parse.
    private let inlineTexts = Mutex<[String: MustacheTemplate?]>([:])

    init(templates: [ItemID: ReplyTemplate], defaultLocale: String) {
        self.templates = templates
        self.defaultLocale = defaultLocale
    }

    /// The template's texts that parse, by locale; empty for an unknown template.
    func texts(of id: ItemID) -> [String: MustacheTemplate] {
        if let known = parsed.withLock({ $0[id] }) { return known }
        var texts: [String: MustacheTemplate] = [:]
        // A text over the budgets is not parsed (it could overflow the parser's stack): the loader refuses
        // such texts, and content that bypassed it falls back instead.
        for (locale, text) in templates[id]?.text.entries ?? [] where MustacheLimits.problem(in: text) == nil {
            // Chat replies are plain text: no HTML escaping of `&` or `<` in order events.
            texts[locale ?? defaultLocale] = try? MustacheTemplate(string: "{{% CONTENT_TYPE: TEXT}}" + text)
        }
        parsed.withLock { $0[id] = texts }
        return texts
    }

    /// An inline reply text (an FAQ answer, a rule's reply) as a template, parsed on first use; `nil` when it
    /// is over the budgets or does not parse.
    func inline(_ text: String) -> MustacheTemplate? {
        if let known = inlineTexts.withLock({ $0[text] }) { return known }
        let template =
            MustacheLimits.problem(in: text) == nil
            ? try? MustacheTemplate(string: "{{% CONTENT_TYPE: TEXT}}" + text) : nil
        inlineTexts.withLock { $0[text] = template }
        return template
    }
}
