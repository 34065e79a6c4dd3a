/// Every sentence Kefu says to a person, in every language it speaks.
///
/// Each language is one file (`MessageCatalog+English.swift`, `MessageCatalog+Chinese.swift`), a
/// table from key to text with `{0}`-style placeholders; a test checks that every language has every
/// key with the same placeholders, so adding a language is adding one file.
public enum MessageCatalog {
    /// The text of `key` in `language`; English when a language lacks it, the key itself as a last resort.
    public static func template(for key: MessageKey, in language: Language) -> String {
        table(for: language)[key] ?? english[key] ?? key.rawValue
    }

    /// The whole table of one language.
    public static func table(for language: Language) -> [MessageKey: String] {
        switch language {
        case .english: english
        case .chinese: chinese
        }
    }
}
