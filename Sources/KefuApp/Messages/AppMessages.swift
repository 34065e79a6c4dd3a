import KefuCore

/// The sentences of the workspace and its store, in every language Kefu speaks: one table per
/// language (`AppMessages+English.swift`, `AppMessages+Chinese.swift`), and the keys in `MessageKey+App.swift`.
public enum AppMessages: MessageDomain {
    public static func table(for language: Language) -> [MessageKey: String] {
        switch language {
        case .english: english
        case .chinese: chinese
        }
    }
}
