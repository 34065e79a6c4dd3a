import KefuCore

extension EngineMessages {
    /// English (en).
    static let english: [MessageKey: String] = [
        .engineUndecodableItem: "the engine cannot read this item ({0}); run 'kefu check' and 'kefu sync'"
    ]
}
