/// One module's sentences: a table per language from key to text with `{0}`-style placeholders. A
/// test checks that every domain has every key it declares in every language, with the same
/// placeholders, so adding a language is adding one file per module.
public protocol MessageDomain: Sendable {
    static func table(for language: Language) -> [MessageKey: String]
}
