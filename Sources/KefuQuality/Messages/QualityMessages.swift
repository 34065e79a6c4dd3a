import KefuCore

/// The sentences of conversation tests, lints, chat logs and reports, in every language Kefu speaks: one table per
/// language (`QualityMessages+English.swift`, `QualityMessages+Chinese.swift`), and the keys in `MessageKey+Quality.swift`.
public enum QualityMessages: MessageDomain {
    public static func table(for language: Language) -> [MessageKey: String] {
        switch language {
        case .english: english
        case .chinese: chinese
        }
    }
}
