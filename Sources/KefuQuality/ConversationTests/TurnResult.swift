import KefuEngine

/// One buyer turn of a conversation test: the reply the engine gave and the expectations it missed.
public struct TurnResult: Sendable {
    /// 1-based, as a person counts turns.
    public var number: Int
    public var buyer: String
    public var reply: EngineReply
    public var mismatches: [ExpectationMismatch]

    public var passed: Bool { mismatches.isEmpty }

    /// What happened, in one line: decision, source, confidence, then the rules that matched and the
    /// best FAQ candidates from the trace.
    public var traceSummary: String {
        var parts = [reply.badge]
        if let rules = reply.trace.first(where: { $0.stage == .rules })?["candidates"]?.list, !rules.isEmpty {
            let described = rules.compactMap(\.record).prefix(3).map { rule in
                "\(rule["id"]?.text ?? "?") \(rule["verdict"]?.text ?? "")"
            }
            parts.append("rules: " + described.joined(separator: ", "))
        }
        if let faqs = reply.trace.first(where: { $0.stage == .faq })?["candidates"]?.list, !faqs.isEmpty {
            let described = faqs.compactMap(\.record).prefix(3).map { faq -> String in
                guard case .number(let confidence)? = faq["confidence"] else { return faq["id"]?.text ?? "?" }
                return "\(faq["id"]?.text ?? "?") \(confidence)"
            }
            parts.append("faq: " + described.joined(separator: ", "))
        }
        return parts.joined(separator: "; ")
    }
}
