import Foundation
import KefuBundle
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
    }
}
