import KefuCore

/// The sentences of the test-buyer REPL and its `:why`, in every language Kefu speaks: one table per
/// language (`ChatMessages+English.swift`, `ChatMessages+Chinese.swift`), and the keys in `MessageKey+Chat.swift`.
public enum ChatMessages: MessageDomain {
    public static func table(for language: Language) -> [MessageKey: String] {
        switch language {
        case .english: english
        case .chinese: chinese
        }
    }
}
