import Foundation
import KefuCore
import KefuEngine

/// K109 replies the outgoing check would block, K110 items whose `active` window has ended, has not
/// begun, or ends within a week.
extension BundleLinter {
    /// Days before an `until` when a finding says the item is about to end.
    static let expiryWarningDays = 7

    func replyFindings() -> [Diagnostic] {
        var texts: [(kind: ItemKind, id: ItemID, location: SourceLocation?, text: String)] = []
        func add(_ reply: Reply?, _ kind: ItemKind, _ id: ItemID, _ location: SourceLocation?) {
            switch reply {
            case .text(let text): texts.append((kind, id, location, text))
            case .localized(let map): texts += map.keys.sorted().map { (kind, id, location, map[$0] ?? "") }
            case .template, nil: break  // checked as the template itself
            }
        }
        for faq in content.faqs { add(faq.item.answer, .faq, faq.item.id, faq.location) }
        for rule in content.rules { add(rule.item.reply, .rule, rule.item.id, rule.location) }
        for lexicon in content.lexicons { add(lexicon.item.reply, .lexicon, lexicon.item.id, lexicon.location) }
        for template in content.templates {
            texts += template.item.text.entries.map { (.template, template.item.id, template.location, $0.text) }
        }
        let compliance = ComplianceChecker(lexicons: content.lexicons)
        return texts.flatMap { entry in
            compliance.blockedPhrases(in: entry.text).map { blocked in
                let label = "\(entry.kind.rawValue)/\(entry.id)"
                let message =
                    blocked.source == ComplianceChecker.extremeWordsList
                    ? Message(.lintBlockedClaim, label, blocked.phrase)
                    : Message(.lintBlockedReply, label, blocked.phrase, "lexicon/" + blocked.source)
                return finding(.blockedReply, .error, message, at: entry.location)
            }
        }
    }

    func windowFindings() -> [Diagnostic] {
        let moment = BundleDate(now, in: timeZone)
        let soon = BundleDate(now.addingTimeInterval(Double(Self.expiryWarningDays) * 86_400), in: timeZone)
        // The end of that day: a window ending any time on it ends within the week.
        let weekAhead = BundleDate(year: soon.year, month: soon.month, day: soon.day, hour: 23, minute: 59, second: 59)

        let windows: [(String, ActiveWindow?, SourceLocation?)] =
            content.faqs.map { ("faq/\($0.item.id)", $0.item.active, $0.location) }
            + content.rules.map { ("rule/\($0.item.id)", $0.item.active, $0.location) }
        return windows.compactMap { label, window, location in
            guard let window else { return nil }
            switch window.status(at: moment) {
            case .expired:
                return finding(
                    .activeWindow, .warning, Message(.lintExpired, label, window.until ?? "?"), at: location)
            case .notYetActive:
                return finding(
                    .activeWindow, .note, Message(.lintNotYetActive, label, window.from ?? "?"), at: location)
            case .active:
                guard let until = window.until, window.status(at: weekAhead) == .expired else { return nil }
                return finding(.activeWindow, .note, Message(.lintExpiresSoon, label, until), at: location)
            }
        }
    }
}
