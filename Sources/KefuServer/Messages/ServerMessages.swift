import KefuCore

/// The sentences of the HTTP bridge, in every language Kefu speaks: one table per language
/// (`ServerMessages+English.swift`, `ServerMessages+Chinese.swift`), and the keys in `MessageKey+Server.swift`.
public enum ServerMessages: MessageDomain {
    public static func table(for language: Language) -> [MessageKey: String] {
        switch language {
        case .english: english
        case .chinese: chinese
        }
    }
}
