import KefuCore
import KefuEngine

/// K111 the templates a platform's assistant is expected to have, and a fallback that tells the buyer
/// how to reach a person.
extension BundleLinter {
    /// Templates each platform's own assistant has as standard replies, by the id kefu expects.
    static let platformTemplates: [String: [String]] = [
        "aliexpress": ["logistics-query", "return-policy", "payment-confirmation"]
    ]

    /// Words that tell a buyer a person can take over, in the languages of the presets.
    static let personWords = [
        "人工", "客服", "真人", "human", "agent", "person", "staff", "humano", "agente", "persona", "atendente",
        "humain", "conseiller", "оператор", "человек", "менеджер",
    ]

    func platformFindings() -> [Diagnostic] {
        let settings = content.settings
        let present = Set(content.templates.map(\.item.id.rawValue))
        var findings = (Self.platformTemplates[settings.platform] ?? []).filter { !present.contains($0) }.map {
            finding(
                .platformStandard, .warning, Message(.lintPlatformTemplate, settings.platform, $0),
                at: content.settingsLocation)
        }
        // A picture sent alone (a screenshot of an order, a photo of a fault) otherwise gets silence.
        if !present.contains("message-image") {
            findings.append(
                finding(.platformStandard, .note, Message(.lintNoImageTemplate), at: content.settingsLocation))
        }
        guard let fallback = content.templates.first(where: { $0.item.id == settings.fallback }) else {
            return findings  // a missing fallback is K107
        }
        let handoffPhrases = content.lexicons.filter { $0.item.type == .handoff && $0.item.reason == .requested }
            .flatMap(\.item.phrases)
        let words = (Self.personWords + handoffPhrases).map { LintText.folded($0, keepingSpaces: true) }
        for entry in fallback.item.text.entries {
            let text = LintText.folded(entry.text, keepingSpaces: true)
            guard !words.contains(where: { LintText.contains(text, $0) }) else { continue }
            let locale = entry.locale ?? settings.locales.first ?? "zh-CN"
            findings.append(
                finding(
                    .platformStandard, .warning,
                    Message(.lintFallbackNoPerson, settings.fallback.rawValue, locale, handoffPhrases.first ?? "人工"),
                    at: fallback.location))
        }
        return findings
    }
}
