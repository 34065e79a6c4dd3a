import Foundation
import KefuStore

/// `kefu log --json`.
enum LogJSON {
    struct Changeset: Encodable {
        let id: Int64
        let operation: String
        let source: String
        let author: String
        let createdAt: Date
        let summary: String
        let items: [String]

        init(_ changeset: KefuStore.Changeset, items: [String]) {
            id = changeset.id ?? 0
            operation = changeset.operation.rawValue
            source = changeset.source
            author = changeset.author
            createdAt = changeset.createdAt
            summary = changeset.summary
            self.items = items
        }
    }

    struct Revision: Encodable {
        let revision: Int
        let changeset: Int64
        let operation: String
        let author: String
        let createdAt: Date?
        let hash: String?
        let deleted: Bool
        let side: String?

        init(_ revision: KefuStore.Revision, changeset: KefuStore.Changeset?) {
            self.revision = revision.number
            self.changeset = revision.changesetID
            operation = changeset?.operation.rawValue ?? "?"
            // A pulled revision names the teammate who made it; the changeset, who pulled it.
            let made = revision.authorship(in: changeset)
            author = made?.author ?? "?"
            createdAt = made?.at
            hash = revision.hash
            deleted = revision.isDeletion
            side = revision.side
        }
    }
}
