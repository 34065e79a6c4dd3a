import Foundation
import KefuCore
import KefuEngine

/// The report as one self-contained page a seller opens in a browser: no scripts, no network, charts as
/// inline SVG (messages per day by decision, handoff reasons), the flagged items and the question
/// groups. Written as well-formed XHTML, so any XML parser can read it back.
public struct ReportHTML: Sendable {
    public let report: ConversationReport
    public let shopName: String
    public let language: Language

    /// Bar colours per decision, the same in every chart.
    static let colours: [(decision: String, colour: String)] = [
        ("answer", "#2e7d32"), ("clarify", "#7cb342"), ("ask", "#00897b"), ("fallback", "#f9a825"),
        ("handoff", "#c62828"), ("silent", "#9e9e9e"),
    ]

    public init(report: ConversationReport, shopName: String, language: Language) {
        self.report = report
        self.shopName = shopName
        self.language = language
    }

    public var html: String {
        var page = """
            <!DOCTYPE html>
            <html xmlns="http://www.w3.org/1999/xhtml" lang="\(language == .chinese ? "zh-CN" : "en")">
            <head><meta charset="utf-8"/><title>\(escape(text(.reportTitle, shopName)))</title>
            <style>body{font-family:system-ui,sans-serif;margin:2em;max-width:960px;color:#222}
            table{border-collapse:collapse}td,th{padding:4px 10px;border-bottom:1px solid #ddd;text-align:left}
            .flag{color:#c62828;font-weight:bold}.note{color:#666}svg{display:block;margin:1em 0}</style></head>
            <body>
            <h1>\(escape(text(.reportTitle, shopName)))</h1>

            """
        page += "<p class=\"note\">\(escape(range))</p>\n"
        page += measures
        page += trend
        page += reasons
        page += items
        page += clusters
        page += "</body>\n</html>\n"
        return page
    }

    private func text(_ key: MessageKey, _ arguments: any MessageArgumentConvertible...) -> String {
        Message(key, arguments: arguments.map(\.messageArgument)).text(in: language)
    }

    private var range: String {
        let format = ISO8601DateFormatter()
        format.formatOptions = [.withFullDate]
        let from = report.from.map(format.string) ?? "-"
        let until = report.until.map(format.string) ?? "-"
        return text(.reportRange, report.messages, report.sessions, from, until)
    }

    private var measures: String {
        let rows: [(String, String)] = [
            (text(.reportReplyRate), percent(report.replyRate)),
            (text(.reportResolutionRate), percent(report.automaticResolutionRate)),
            (text(.reportHandoffRate), percent(report.handoffRate)),
            (text(.reportRepeatRate), percent(report.repeatQuestionRate)),
            (text(.reportCoverage), percent(report.coverage.rate)),
        ]
        var html = "<section id=\"measures\"><table>\n"
        for (name, value) in rows { html += "<tr><th>\(escape(name))</th><td>\(value)</td></tr>\n" }
        let response = report.firstResponse
        let bot = text(
            .reportFirstResponse, response.botMedianMilliseconds.map { String(format: "%.2f ms", $0) } ?? "-",
            response.botP90Milliseconds.map { String(format: "%.2f ms", $0) } ?? "-")
        html += "<tr><td colspan=\"2\">\(escape(bot))</td></tr>\n"
        if let median = response.humanMedianSeconds, let p90 = response.humanP90Seconds {
            let people = text(
                .reportHumanResponse, String(format: "%.0f s", median), String(format: "%.0f s", p90),
                response.humanReplies)
            html += "<tr><td colspan=\"2\">\(escape(people))</td></tr>\n"
        }
        for missing in report.localesMissing {
            html +=
                "<tr><td colspan=\"2\">\(escape(text(.reportLocaleMissing, missing.language, missing.messages)))</td></tr>\n"
        }
        for channel in report.channels {
            let flag = channel.flagged ? " class=\"flag\"" : ""
            html += "<tr><th>\(escape(text(.reportTriggerRate, channel.channel)))</th>"
            html += "<td\(flag)>\(percent(channel.rate))</td></tr>\n"
        }
        return html + "</table></section>\n"
    }

    /// Stacked bars, one per day, coloured by decision.
    private var trend: String {
        let days = report.days
        let width = 720.0
        let height = 200.0
        let most = Double(days.map(\.messages).max() ?? 1)
        let step = days.isEmpty ? width : width / Double(days.count)
        var svg = "<section id=\"trend\"><h2>\(escape(text(.reportTrend)))</h2>\n"
        svg += "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(Int(width))\" height=\"\(Int(height + 40))\""
        svg += " role=\"img\" aria-label=\"\(escape(text(.reportTrend)))\">\n"
        for (index, day) in days.enumerated() {
            var top = height
            for (decision, colour) in Self.colours {
                let count = Double(day.decisions[decision] ?? 0)
                guard count > 0 else { continue }
                let barHeight = count / most * height
                top -= barHeight
                svg +=
                    "<rect x=\"\(format(Double(index) * step + 2))\" y=\"\(format(top))\" width=\"\(format(max(step - 4, 1)))\""
                svg +=
                    " height=\"\(format(barHeight))\" fill=\"\(colour)\"><title>\(day.day) \(escape(word(decision))): \(Int(count))</title></rect>\n"
            }
            if index % max(1, days.count / 8) == 0 {
                svg += "<text x=\"\(format(Double(index) * step + 2))\" y=\"\(Int(height + 16))\" font-size=\"11\">"
                svg += "\(day.day.suffix(5))</text>\n"
            }
        }
        for (index, (decision, colour)) in Self.colours.enumerated() {
            let x = Double(index) * 110
            svg += "<rect x=\"\(format(x))\" y=\"\(Int(height + 24))\" width=\"10\" height=\"10\" fill=\"\(colour)\"/>"
            svg +=
                "<text x=\"\(format(x + 14))\" y=\"\(Int(height + 34))\" font-size=\"11\">\(escape(word(decision)))</text>\n"
        }
        return svg + "</svg></section>\n"
    }

    /// Horizontal bars for the top handoff reasons, with examples under the chart.
    private var reasons: String {
        var html = "<section id=\"reasons\"><h2>\(escape(text(.reportHandoffReasons)))</h2>\n"
        let most = Double(report.handoffReasons.map(\.count).max() ?? 1)
        let rowHeight = 26
        html +=
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"720\" height=\"\(max(rowHeight * report.handoffReasons.count, 20))\""
        html += " role=\"img\" aria-label=\"\(escape(text(.reportHandoffReasons)))\">\n"
        for (index, reason) in report.handoffReasons.enumerated() {
            let y = index * rowHeight
            let width = Double(reason.count) / most * 420
            html += "<text x=\"0\" y=\"\(y + 17)\" font-size=\"12\">\(escape(label(reason)))</text>"
            html += "<rect x=\"260\" y=\"\(y + 4)\" width=\"\(format(width))\" height=\"18\" fill=\"#c62828\"/>"
            html += "<text x=\"\(format(266 + width))\" y=\"\(y + 17)\" font-size=\"12\">\(reason.count)</text>\n"
        }
        html += "</svg>\n<ol>\n"
        for reason in report.handoffReasons {
            let examples = reason.examples.map { "“\(escape($0))”" }.joined(separator: ", ")
            html += "<li><b>\(escape(label(reason)))</b> \(reason.count) (\(percent(reason.share))): \(examples)</li>\n"
        }
        return html + "</ol></section>\n"
    }

    private func label(_ reason: ConversationReport.HandoffScenario) -> String {
        let said = HandoffReason(rawValue: reason.reason).map { text($0.messageKey) } ?? reason.reason
        return reason.detail.isEmpty ? said : "\(said) · \(reason.detail)"
    }

    /// A decision's name in the report's language (the legend).
    private func word(_ decision: String) -> String {
        Decision(rawValue: decision).map { text($0.messageKey) } ?? decision
    }

    private var items: String {
        var html = "<section id=\"items\"><h2>\(escape(text(.reportItems)))</h2><table>\n"
        html += "<tr><th>\(escape(text(.reportItemColumn)))</th><th>\(escape(text(.reportHitsColumn)))</th>"
        html += "<th>\(escape(text(.reportUnresolvedColumn)))</th></tr>\n"
        for item in report.items.prefix(30) {
            let flag = item.flagged ? " class=\"flag\"" : ""
            html += "<tr><td>\(escape(item.source))</td><td>\(item.hits)</td>"
            html += "<td\(flag)>\(percent(item.unresolvedRate))</td></tr>\n"
        }
        return html + "</table></section>\n"
    }

    private var clusters: String {
        var html = "<section id=\"clusters\"><h2>\(escape(text(.reportClusters)))</h2><ol>\n"
        for cluster in report.clusters.prefix(20) {
            let questions = cluster.questions.prefix(5).map { "“\(escape($0))”" }.joined(separator: ", ")
            html +=
                "<li value=\"\(cluster.number)\">\(cluster.size): \(questions) → \(escape(cluster.advice.text(in: language))): \(escape(cluster.reason.text(in: language)))</li>\n"
        }
        return html + "</ol></section>\n"
    }

    private func percent(_ share: Double) -> String { String(format: "%.1f%%", share * 100) }

    private func format(_ value: Double) -> String { String(format: "%.1f", value) }

    private func escape(_ text: String) -> String { XMLText.escaped(text) }
}
