import Foundation
import KefuCore
import KefuEngine
import KefuQuality

/// `kefu report` for a person: the measures, one a line, then what to fix, flagged where a measure
/// crosses the line the domain uses (unresolved above 30 %, trigger rate below 85 %).
struct ReportText {
    let report: ConversationReport
    let context: CommandContext

    func print() {
        let out = { (message: Message) in context.console.out(context.text(message)) }
        defer { if report.testMessagesLeftOut > 0 { out(Message(.reportTestsLeftOut, report.testMessagesLeftOut)) } }
        guard report.messages > 0 else {
            out(Message(.reportNoMessages))
            return
        }
        let format = ISO8601DateFormatter()
        format.formatOptions = [.withFullDate]
        out(
            Message(
                .reportRange, report.messages, report.sessions, report.from.map(format.string) ?? "-",
                report.until.map(format.string) ?? "-"))
        out(Message(.reportLine, context.text(Message(.reportReplyRate)), percent(report.replyRate)))
        out(Message(.reportLine, context.text(Message(.reportResolutionRate)), percent(report.automaticResolutionRate)))
        out(Message(.reportLine, context.text(Message(.reportHandoffRate)), percent(report.handoffRate)))
        out(Message(.reportLine, context.text(Message(.reportRepeatRate)), percent(report.repeatQuestionRate)))
        if report.retentionReplies > 0 { out(Message(.reportRetention, report.retentionReplies)) }
        for channel in report.channels {
            let flag = channel.flagged ? " ⚠" : ""
            out(
                Message(
                    .reportLine, context.text(Message(.reportTriggerRate, channel.channel)),
                    percent(channel.rate) + flag))
        }
        let response = report.firstResponse
        out(
            Message(
                .reportFirstResponse, milliseconds(response.botMedianMilliseconds),
                milliseconds(response.botP90Milliseconds)))
        if response.humanReplies > 0 {
            out(
                Message(
                    .reportHumanResponse, seconds(response.humanMedianSeconds), seconds(response.humanP90Seconds),
                    response.humanReplies))
        }
        let coverage = report.coverage
        out(
            Message(
                .reportCoverageLine, percent(coverage.rate), coverage.answered, coverage.questions, coverage.itemsUsed,
                coverage.items))
        if let rate = report.satisfaction.rate {
            out(Message(.reportSatisfaction, percent(rate), report.satisfaction.satisfied, report.satisfaction.rated))
        }
        let tickets = report.tickets
        if tickets.raised > 0 {
            out(
                Message(
                    .reportTickets, tickets.raised, tickets.claimed, tickets.closed,
                    seconds(tickets.medianSecondsToClaim), seconds(tickets.medianSecondsToClose)))
        }
        for missing in report.localesMissing { out(Message(.reportLocaleMissing, missing.language, missing.messages)) }
        if !report.handoffReasons.isEmpty { out(Message(.reportHandoffReasons)) }
        for (index, reason) in report.handoffReasons.enumerated() {
            let said =
                HandoffReason(rawValue: reason.reason).map { context.text(Message($0.messageKey)) } ?? reason.reason
            let name = reason.detail.isEmpty ? said : "\(said) · \(reason.detail)"
            let examples = reason.examples.map { "“\($0)”" }.joined(separator: ", ")
            context.console.out("  \(index + 1). \(name)  \(reason.count) (\(percent(reason.share)))  \(examples)")
        }
        let flagged = report.items.filter(\.flagged)
        if !flagged.isEmpty { out(Message(.reportFlaggedItems)) }
        for item in flagged {
            let rated = item.satisfaction.map {
                "; " + context.text(Message(.reportItemRated, percent($0), item.ratings))
            }
            context.console.out(
                "  \(item.source)  \(item.unresolved)/\(item.hits) (\(percent(item.unresolvedRate)))\(rated ?? "")")
        }
        if !report.clusters.isEmpty { out(Message(.reportClusters)) }
        for cluster in report.clusters.prefix(10) {
            let questions = cluster.questions.prefix(3).map { "“\($0)”" }.joined(separator: ", ")
            context.console.out(
                "  \(cluster.number). [\(cluster.size)] \(questions) → \(context.text(cluster.advice)): "
                    + context.text(cluster.reason))
        }
    }

    private func percent(_ share: Double) -> String { String(format: "%.1f%%", share * 100) }

    private func milliseconds(_ value: Double?) -> String { value.map { String(format: "%.2f ms", $0) } ?? "-" }

    private func seconds(_ value: Double?) -> String { value.map { String(format: "%.0f s", $0) } ?? "-" }
}
