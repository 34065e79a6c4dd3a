import KefuCore

/// Where an item sits in a source's files: enough to record it in that source's baseline when its content
/// is the store's current version, which the store then copies instead of being handed the text again.
public struct ItemPlace: Sendable, Hashable {
    public let key: ItemKey
    public let file: String
    public let line: Int?

    public init(key: ItemKey, file: String, line: Int?) {
        self.key = key
        self.file = file
        self.line = line
    }
}
