import KefuCore

extension EngineMessages {
    /// Chinese (zh-CN).
    static let chinese: [MessageKey: String] = [
        .decisionSilent: "静默",
        .decisionHandoff: "转人工",
        .decisionFallback: "兜底",
        .decisionAsk: "追问",
        .decisionClarify: "澄清",
        .decisionAnswer: "回答",
        .priorityNormal: "普通",
        .priorityHigh: "高",
        .reasonLoop: "多次未解决",
        .reasonRisk: "高风险买家",
        .reasonCompliance: "回复被合规拦截",
        .reasonComplex: "复杂问题",
        .reasonSentiment: "情绪激动",
        .reasonRequested: "买家要求人工",
        .summaryLast: "最后一句:{0}",
        .summaryFallbacks: "兜底 ×{0}",
        .summaryTried: "已尝试:{0}",
        .summaryAtRisk: "有流失风险",
        .summaryIntents: "意图:{0}",
        .summaryBuyer: "买家:{0}",
        .summaryReason: "原因:{0}",
        .engineUndecodableItem: "引擎无法读取此条目({0});请运行“kefu check”和“kefu sync”",
    ]
}
