import Foundation

extension EngineReply {
    /// The one-line badge under a reply: decision, source, confidence, and for a handoff its reason
    /// and agent (`[answer · faq/shipping-time · 0.87]`). Machine words, the same in every interface
    /// language; `ask`, `chat` and `test` print it.
    public var badge: String {
        var parts = [decision.rawValue]
        if let source { parts.append(source.label) }
        if let confidence { parts.append(String(format: "%.2f", confidence)) }
        if let ticket = handoff {
            parts.append(ticket.reason.rawValue)
            if let agent = ticket.agent { parts.append("→ \(agent.rawValue)") }
        } else if let note {
            parts.append(note)
        }
        return "[" + parts.joined(separator: " · ") + "]"
    }
}
