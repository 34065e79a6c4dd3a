import KefuCore

/// The sentences of the command line: help, arguments and what each command prints, in every language Kefu speaks: one table per
/// language (`CommandMessages+English.swift`, `CommandMessages+Chinese.swift`), and the keys in `MessageKey+Command.swift`.
public enum CommandMessages: MessageDomain {
    public static func table(for language: Language) -> [MessageKey: String] {
        switch language {
        case .english: english
        case .chinese: chinese
        }
    }
}
