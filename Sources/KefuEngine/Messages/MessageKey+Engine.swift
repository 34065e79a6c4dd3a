import KefuCore

/// The keys of EngineMessages.
extension MessageKey {
    public static let decisionSilent = MessageKey("decisionSilent", in: EngineMessages.self)
    public static let decisionHandoff = MessageKey("decisionHandoff", in: EngineMessages.self)
    public static let decisionFallback = MessageKey("decisionFallback", in: EngineMessages.self)
    public static let decisionAsk = MessageKey("decisionAsk", in: EngineMessages.self)
    public static let decisionClarify = MessageKey("decisionClarify", in: EngineMessages.self)
    public static let decisionAnswer = MessageKey("decisionAnswer", in: EngineMessages.self)
    public static let priorityNormal = MessageKey("priorityNormal", in: EngineMessages.self)
    public static let priorityHigh = MessageKey("priorityHigh", in: EngineMessages.self)
    public static let reasonLoop = MessageKey("reasonLoop", in: EngineMessages.self)
    public static let reasonRisk = MessageKey("reasonRisk", in: EngineMessages.self)
    public static let reasonCompliance = MessageKey("reasonCompliance", in: EngineMessages.self)
    public static let reasonComplex = MessageKey("reasonComplex", in: EngineMessages.self)
    public static let reasonSentiment = MessageKey("reasonSentiment", in: EngineMessages.self)
    public static let reasonRequested = MessageKey("reasonRequested", in: EngineMessages.self)
    public static let summaryLast = MessageKey("summaryLast", in: EngineMessages.self)
    public static let summaryFallbacks = MessageKey("summaryFallbacks", in: EngineMessages.self)
    public static let summaryTried = MessageKey("summaryTried", in: EngineMessages.self)
    public static let summaryAtRisk = MessageKey("summaryAtRisk", in: EngineMessages.self)
    public static let summaryIntents = MessageKey("summaryIntents", in: EngineMessages.self)
    public static let summaryBuyer = MessageKey("summaryBuyer", in: EngineMessages.self)
    public static let summaryReason = MessageKey("summaryReason", in: EngineMessages.self)
    public static let engineUndecodableItem = MessageKey("engineUndecodableItem", in: EngineMessages.self)
}
