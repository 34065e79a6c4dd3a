import KefuCore
import KefuSync

/// One item of `kefu diff --json`: the outcome, and the field changes on each side.
struct DiffJSON: Encodable {
    struct Change: Encodable {
        let field: String
        let before: FieldValue?
        let after: FieldValue?
    }

    let item: String
    let outcome: String
    let conflictFields: [String]?
    let folder: [Change]
    let store: [Change]

    init(_ merge: PlannedMerge) {
        item = merge.key.description
        outcome = merge.merge.outcome.rawValue
        conflictFields = merge.merge.conflict?.fields
        folder = FieldChange.between(merge.base, merge.theirs).map {
            Change(field: $0.field, before: $0.before, after: $0.after)
        }
        store = FieldChange.between(merge.base, merge.ours).map {
            Change(field: $0.field, before: $0.before, after: $0.after)
        }
    }
}
