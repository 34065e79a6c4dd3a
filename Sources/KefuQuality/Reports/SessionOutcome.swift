import KefuCore

/// How one conversation of the log went, for the session measures of the report.
struct SessionOutcome: Sendable {
    var handedOff: Bool
    /// The same rule or FAQ answered twice, or the buyer sent the same text twice.
    var repeated: Bool
    /// No handoff, no repeated question, and the last message was answered.
    var resolved: Bool

    init(_ messages: [LoggedMessage]) {
        handedOff = messages.contains { $0.decision == "handoff" }
        let answered = messages.filter { $0.decision == "answer" && ConversationReport.isItem($0.source) }
            .compactMap(\.source)
        let texts = messages.filter { $0.type == "text" }.map {
            $0.text.trimmingCharacters(in: .whitespaces).lowercased()
        }
        .filter { !$0.isEmpty }
        repeated = Set(answered).count < answered.count || Set(texts).count < texts.count
        resolved = !handedOff && !repeated && messages.last?.decision == "answer"
    }
}
