import KefuCore

extension EngineMessages {
    /// English (en).
    static let english: [MessageKey: String] = [
        .decisionSilent: "silent",
        .decisionHandoff: "handoff",
        .decisionFallback: "fallback",
        .decisionAsk: "ask",
        .decisionClarify: "clarify",
        .decisionAnswer: "answer",
        .priorityNormal: "normal",
        .priorityHigh: "high",
        .reasonLoop: "loop",
        .reasonRisk: "risk",
        .reasonCompliance: "compliance",
        .reasonComplex: "complex",
        .reasonSentiment: "sentiment",
        .reasonRequested: "requested",
        .summaryLast: "last: {0}",
        .summaryFallbacks: "fallback ×{0}",
        .summaryTried: "tried: {0}",
        .summaryAtRisk: "at risk",
        .summaryIntents: "intents: {0}",
        .summaryBuyer: "buyer: {0}",
        .summaryReason: "reason: {0}",
        .engineUndecodableItem: "the engine cannot read this item ({0}); run 'kefu check' and 'kefu sync'",
    ]
}
