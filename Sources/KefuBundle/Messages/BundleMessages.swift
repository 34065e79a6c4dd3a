import KefuCore

/// The sentences of reading and writing bundle files, in every language Kefu speaks: one table per
/// language (`BundleMessages+English.swift`, `BundleMessages+Chinese.swift`), and the keys in `MessageKey+Bundle.swift`.
public enum BundleMessages: MessageDomain {
    public static func table(for language: Language) -> [MessageKey: String] {
        switch language {
        case .english: english
        case .chinese: chinese
        }
    }
}
