import KefuCore

extension EngineMessages {
    /// Chinese (zh-CN).
    static let chinese: [MessageKey: String] = [
        .engineUndecodableItem: "引擎无法读取此条目({0});请运行“kefu check”和“kefu sync”"
    ]
}
