import Foundation
import KefuCore
import KefuEngine
import KefuStore

extension Store {
    /// The items as they were right after changeset `id`, as records.
    public func contentRecords(asOf id: Int64) throws -> [ContentRecord] {
        try itemsAsOf(changeset: id).values.compactMap { $0 }.map { revision in
            ContentRecord(
                key: revision.key, json: Data((revision.content ?? "").utf8),
                location: revision.file.map { SourceLocation(file: $0, line: revision.line ?? 1) })
        }
    }
}
