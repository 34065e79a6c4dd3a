/// A field's value in an item, independent of the YAML or JSON it came from.
///
/// Items are kept generic (a record of named fields) so that one canonical form, one hash and one
/// field-by-field merge serve every kind; the typed models (`FAQ`, `Rule`, …) decode from it.
/// Numbers are one case because YAML and JSON do not keep `10` and `10.0` apart reliably. Not
/// `indirect`: lists and records already hold their elements on the heap, and boxing every text
/// cost a heap allocation per value (about a fifth of a large bundle's memory).
public enum FieldValue: Hashable, Sendable {
    case text(String)
    case number(Double)
    case list([FieldValue])
    case record([String: FieldValue])

    /// The text, when this is a text value.
    public var text: String? {
        if case .text(let value) = self { value } else { nil }
    }

    /// The number, when this is a number value.
    public var number: Double? {
        if case .number(let value) = self { value } else { nil }
    }

    /// The elements, when this is a list.
    public var list: [FieldValue]? {
        if case .list(let value) = self { value } else { nil }
    }

    /// The fields, when this is a record.
    public var record: [String: FieldValue]? {
        if case .record(let value) = self { value } else { nil }
    }

    /// Whether this is an empty list or record, which the canonical form leaves out.
    public var isEmptyCollection: Bool {
        switch self {
        case .list(let values): values.isEmpty
        case .record(let fields): fields.isEmpty
        case .text, .number: false
        }
    }
}

extension FieldValue: ExpressibleByStringLiteral, ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral,
    ExpressibleByFloatLiteral, ExpressibleByIntegerLiteral
{
    public init(stringLiteral value: String) { self = .text(value) }
    public init(arrayLiteral elements: FieldValue...) { self = .list(elements) }
    public init(floatLiteral value: Double) { self = .number(value) }
    public init(integerLiteral value: Int) { self = .number(Double(value)) }
    public init(dictionaryLiteral elements: (String, FieldValue)...) {
        self = .record(Dictionary(elements, uniquingKeysWith: { _, last in last }))
    }
}
