import KefuCore

/// The keys of EngineMessages.
extension MessageKey {
    public static let engineUndecodableItem = MessageKey("engineUndecodableItem", in: EngineMessages.self)
}
