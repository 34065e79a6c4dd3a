import KefuCore
import KefuEngine

/// Reminder rules that load but could never send: the time column they count from is not in
/// `data/orders.csv`, or their template needs more than an order gives (a size, a product).
extension BundleLinter {
    func reminderFindings() -> [Diagnostic] {
        var findings: [Diagnostic] = []
        let templates = Dictionary(content.templates.map { ($0.item.id, $0.item) }) { first, _ in first }
        for reminder in content.reminders {
            if !columns.orders.isEmpty, !columns.orders.contains(reminder.item.from) {
                findings.append(
                    finding(
                        .reminderWithoutTime, .warning,
                        Message(
                            .lintReminderWithoutTime, reminder.item.id.rawValue,
                            reminder.item.from),
                        at: reminder.location))
            }
            let needs = reminder.item.reply.templateID.flatMap { templates[$0]?.needs } ?? []
            for need in needs where need != "order" {
                findings.append(
                    finding(
                        .reminderNeedsMore, .warning,
                        Message(.lintReminderNeedsMore, reminder.item.id.rawValue, need), at: reminder.location))
            }
        }
        return findings
    }
}
