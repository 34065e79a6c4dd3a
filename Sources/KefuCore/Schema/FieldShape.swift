/// What a field may hold, which decides how it is validated, normalised, written and merged.
public indirect enum FieldShape: Sendable {
    /// A line or paragraph of text.
    case text
    /// A whole number.
    case integer
    /// A number within a range.
    case number(ClosedRange<Double>)
    /// A day (`2026-11-01`) or a moment (`2026-11-10 20:00`).
    case date
    /// One of a fixed set of words.
    case choice([String])
    /// Any number of words from a fixed set.
    case choiceList([String])
    /// The id of another item of this kind.
    case reference(ItemKind)
    /// A BCP 47 language tag such as `zh-CN` or `en`.
    case locale
    /// A list of language tags.
    case localeList
    /// A list of texts; merged as a set.
    case textList
    /// A list of lists of texts (synonym groups).
    case textListList
    /// A text, or a map from locale to text.
    case localizedText
    /// A text, a map from locale to text, or `{template: ID}`.
    case reply
    /// Working hours: `09:00-23:00`, several ranges separated by commas.
    case hours
    /// A nested mapping with known keys.
    case record([FieldSpec])
    /// A list of nested mappings with known keys.
    case recordList([FieldSpec])
    /// Rows of a table: a list of mappings from any column name to text (a test's shop data).
    case rows
}
