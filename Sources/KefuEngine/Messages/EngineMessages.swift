import KefuCore

/// The sentences of the engine (content it cannot read), in every language Kefu speaks: one table per
/// language (`EngineMessages+English.swift`, `EngineMessages+Chinese.swift`), and the keys in `MessageKey+Engine.swift`.
public enum EngineMessages: MessageDomain {
    public static func table(for language: Language) -> [MessageKey: String] {
        switch language {
        case .english: english
        case .chinese: chinese
        }
    }
}
