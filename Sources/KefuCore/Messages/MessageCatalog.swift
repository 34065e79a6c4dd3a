/// Every sentence Kefu says to a person, in every language it speaks: each key's words are in the
/// catalog of the module that declares it (its `MessageDomain`).
public enum MessageCatalog {
    /// The text of `key` in `language`; English when a language lacks it, the key's name as a last resort.
    public static func template(for key: MessageKey, in language: Language) -> String {
        key.domain.table(for: language)[key] ?? key.domain.table(for: .english)[key] ?? key.name
    }
}
