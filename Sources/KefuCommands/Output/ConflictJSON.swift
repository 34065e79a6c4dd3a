import Foundation
import KefuBundle
import KefuCore
import KefuStore

/// An open conflict as JSON, for `kefu conflicts --json` and `kefu status --json`.
struct ConflictJSON: Encodable {
    let item: String
    let source: String
    let reason: String
    let fields: [String]
    let oursRevision: Int?
    let theirsRevision: Int?
    let oursAuthor: String
    let theirsAuthor: String
    let detectedAt: Date
    let file: String
    /// Each conflicting field's value at the base and on either side (`null` where a side has none), so a
    /// tool can show the choice without reading the conflict file.
    let values: [FieldValues]

    struct FieldValues: Encodable {
        let field: String
        let base: FieldValue?
        let ours: FieldValue?
        let theirs: FieldValue?

        enum CodingKeys: String, CodingKey { case field, base, ours, theirs }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(field, forKey: .field)
            try container.encode(base, forKey: .base)
            try container.encode(ours, forKey: .ours)
            try container.encode(theirs, forKey: .theirs)
        }
    }

    init(_ conflict: Conflict) {
        item = conflict.key.description
        source = conflict.source
        reason = conflict.reason
        fields = conflict.fieldNames
        oursRevision = conflict.oursRevision
        theirsRevision = conflict.theirsRevision
        oursAuthor = conflict.oursAuthor
        theirsAuthor = conflict.theirsAuthor
        detectedAt = conflict.detectedAt
        file = ConflictFile.path(for: conflict.key)
        let sides = [conflict.base, conflict.ours, conflict.theirs].map { canonical in
            canonical.flatMap { try? CanonicalForm.item(kind: conflict.kind, canonical: $0) }
        }
        // A conflict names top-level fields of the item's schema (the three-way merge goes field by field).
        values = fields.map { field in
            FieldValues(
                field: field, base: sides[0]?.fields[field], ours: sides[1]?.fields[field],
                theirs: sides[2]?.fields[field])
        }
    }
}
