/// When an item applies: from a day or moment, until one, or both. Absent bounds are open.
public struct ActiveWindow: Hashable, Sendable, Codable {
    public var from: String?
    public var until: String?

    public init(from: String? = nil, until: String? = nil) {
        self.from = from
        self.until = until
    }
}
