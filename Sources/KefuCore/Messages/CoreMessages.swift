/// The sentences of values and schemas (field problems, dates, lists), in every language Kefu speaks: one table per
/// language (`CoreMessages+English.swift`, `CoreMessages+Chinese.swift`), and the keys in `MessageKey+Core.swift`.
public enum CoreMessages: MessageDomain {
    public static func table(for language: Language) -> [MessageKey: String] {
        switch language {
        case .english: english
        case .chinese: chinese
        }
    }
}
