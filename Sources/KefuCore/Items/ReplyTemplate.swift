/// A named reply text (话术), one per locale, rendered with Mustache.
public struct ReplyTemplate: Hashable, Sendable, Codable {
    public var id: ItemID
    /// What the template cannot do without (`order`, `product`, `size`, `quantity`, `height_weight`).
    public var needs: [String]
    /// The text per locale; a template written as one plain text is stored under the bundle's default locale.
    public var text: LocalizedText

    enum CodingKeys: String, CodingKey {
        case id, needs, text
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(ItemID.self, forKey: .id)
        needs = try container.decodeIfPresent([String].self, forKey: .needs) ?? []
        text = try container.decode(LocalizedText.self, forKey: .text)
    }
}
