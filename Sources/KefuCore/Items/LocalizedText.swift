/// A text that is either the same in every locale or written per locale.
public enum LocalizedText: Hashable, Sendable, Codable {
    case plain(String)
    case perLocale([String: String])

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let text = try? container.decode(String.self) {
            self = .plain(text)
        } else {
            self = .perLocale(try container.decode([String: String].self))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .plain(let text): try container.encode(text)
        case .perLocale(let map): try container.encode(map)
        }
    }

    /// Every text with the locale it is written for (`nil` for a plain text), in locale order.
    public var entries: [(locale: String?, text: String)] {
        switch self {
        case .plain(let text): [(nil, text)]
        case .perLocale(let map): map.keys.sorted().map { ($0, map[$0] ?? "") }
        }
    }
}
