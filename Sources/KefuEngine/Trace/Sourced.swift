import KefuCore

/// An item with the place it was written, so every decision can name its source file and line.
public struct Sourced<Item: Sendable>: Sendable {
    public var item: Item
    public var location: SourceLocation?

    public init(_ item: Item, at location: SourceLocation? = nil) {
        self.item = item
        self.location = location
    }
}
