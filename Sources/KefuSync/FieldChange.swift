import KefuCore

/// One field that differs between two versions of an item.
public struct FieldChange: Hashable, Sendable {
    public let field: String
    public let before: FieldValue?
    public let after: FieldValue?

    /// The fields that differ from `before` to `after`, in the kind's field order.
    public static func between(_ before: BundleItem?, _ after: BundleItem?) -> [FieldChange] {
        guard let kind = (before ?? after)?.key.kind else { return [] }
        return ItemSchema.of(kind).fields.compactMap { spec in
            let old = before?.fields[spec.name]
            let new = after?.fields[spec.name]
            return old == new ? nil : FieldChange(field: spec.name, before: old, after: new)
        }
    }
}
