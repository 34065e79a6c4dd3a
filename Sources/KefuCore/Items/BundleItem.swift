/// One item of a bundle: its identity, its normalised fields, and where it was written.
public struct BundleItem: Hashable, Sendable {
    public let key: ItemKey
    /// The fields without `id`, normalised by the kind's schema.
    public var fields: [String: FieldValue]
    /// Where the item starts (its `- id:` line); `nil` for items that came from the store or an archive.
    public var location: SourceLocation?
    /// Where each top-level field's key was written, for diagnostics that point inside the item.
    public var fieldLocations: [String: SourceLocation]

    public init(
        key: ItemKey, fields: [String: FieldValue], location: SourceLocation? = nil,
        fieldLocations: [String: SourceLocation] = [:]
    ) {
        self.key = key
        self.fields = fields
        self.location = location
        self.fieldLocations = fieldLocations
    }

    /// Where `field` was written, else where the item starts.
    public func location(of field: String) -> SourceLocation? {
        fieldLocations[field] ?? location
    }

    /// The item as one record, `id` included: what the canonical form serialises.
    public var content: FieldValue {
        var record = fields
        record["id"] = .text(key.id.rawValue)
        return .record(record)
    }

    /// Whether two items say the same thing, wherever they were written.
    public func hasSameContent(as other: BundleItem) -> Bool {
        key == other.key && fields == other.fields
    }
}
