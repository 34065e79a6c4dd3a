/// What a rule or FAQ answers with: a text, a text per locale, or a named template.
public enum Reply: Hashable, Sendable, Codable {
    case text(String)
    case localized([String: String])
    case template(ItemID)

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let text = try? container.decode(String.self) {
            self = .text(text)
            return
        }
        let map = try container.decode([String: String].self)
        if map.count == 1, let name = map["template"], let id = ItemID(name) {
            self = .template(id)
        } else {
            self = .localized(map)
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .text(let text): try container.encode(text)
        case .localized(let map): try container.encode(map)
        case .template(let id): try container.encode(["template": id.rawValue])
        }
    }

    /// The template this reply names, if any.
    public var templateID: ItemID? {
        if case .template(let id) = self { id } else { nil }
    }
}
