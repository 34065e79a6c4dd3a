/// An item's id: `[a-z0-9][a-z0-9._-]*`, at most 64 characters, stable forever.
public struct ItemID: Hashable, Comparable, Codable, Sendable, CustomStringConvertible {
    /// The longest id a bundle accepts.
    public static let maximumLength = 64

    /// The id as written.
    public let rawValue: String

    /// Validates `rawValue`; `nil` when it is not a valid id.
    public init?(_ rawValue: String) {
        guard Self.isValid(rawValue) else { return nil }
        self.rawValue = rawValue
    }

    /// An id that is valid by construction: a literal, or one read back from the store, which only
    /// ever holds validated ids.
    package init(trusted rawValue: String) {
        assert(Self.isValid(rawValue), "invalid trusted id \(rawValue)")
        self.rawValue = rawValue
    }

    /// Whether `text` is a valid id.
    public static func isValid(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard let first = bytes.first, bytes.count <= maximumLength else { return false }
        guard isLowerAlphanumeric(first) else { return false }
        return bytes.dropFirst().allSatisfy {
            isLowerAlphanumeric($0) || $0 == UInt8(ascii: ".")
                || $0 == UInt8(ascii: "_") || $0 == UInt8(ascii: "-")
        }
    }

    private static func isLowerAlphanumeric(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
    }

    public var description: String { rawValue }

    public static func < (lhs: ItemID, rhs: ItemID) -> Bool { lhs.rawValue < rhs.rawValue }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let id = ItemID(text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "invalid item id '\(text)'")
        }
        self = id
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}
