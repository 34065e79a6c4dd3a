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
        fields = conflict.fields.split(separator: ",").map(String.init)
        oursRevision = conflict.oursRevision
        theirsRevision = conflict.theirsRevision
        oursAuthor = conflict.oursAuthor
        theirsAuthor = conflict.theirsAuthor
        detectedAt = conflict.detectedAt
        file = ConflictFile.path(for: conflict.key)
        let sides = [conflict.base, conflict.ours, conflict.theirs].map { canonical in
            canonical.flatMap { try? CanonicalForm.item(kind: conflict.kind, canonical: $0) }
        }
        values = fields.map { field in
            let path = field.split(separator: ".").map(String.init)
            let value = { (item: BundleItem?) in item.flatMap { Self.value(at: path, in: .record($0.fields)) } }
            return FieldValues(field: field, base: value(sides[0]), ours: value(sides[1]), theirs: value(sides[2]))
        }
    }

    /// The value at `path` (`answer`, or `answer.en` inside a locale map) of `value`.
    private static func value(at path: [String], in value: FieldValue) -> FieldValue? {
        guard let first = path.first else { return value }
        guard case .record(let fields) = value, let child = fields[first] else { return nil }
        return Self.value(at: Array(path.dropFirst()), in: child)
    }
}
