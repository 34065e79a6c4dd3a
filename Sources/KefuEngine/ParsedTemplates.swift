import Foundation
import KefuCore
import Mustache
import Synchronization

/// Each template's Mustache texts, parsed on first use and kept: a large bundle has thousands of
/// templates and one answer renders one, so parsing them all up front was a fifth of a fresh `kefu ask`.
final class ParsedTemplates: Sendable {
    private let texts: [ItemID: [String: String]]
    private let parsed = Mutex<[ItemID: [String: MustacheTemplate]]>([:])

    /// `texts` by template and locale.
    init(texts: [ItemID: [String: String]]) {
        self.texts = texts
    }

    /// The template's texts that parse, by locale; empty for an unknown template.
    func templates(of id: ItemID) -> [String: MustacheTemplate] {
        if let known = parsed.withLock({ $0[id] }) { return known }
        var templates: [String: MustacheTemplate] = [:]
        for (locale, text) in texts[id] ?? [:] {
            // Chat replies are plain text: no HTML escaping of `&` or `<` in order events.
            templates[locale] = try? MustacheTemplate(string: "{{% CONTENT_TYPE: TEXT}}" + text)
        }
        parsed.withLock { $0[id] = templates }
        return templates
    }
}
