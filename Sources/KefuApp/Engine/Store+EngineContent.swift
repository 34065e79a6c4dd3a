import Foundation
import KefuCore
import KefuEngine
import KefuStore

extension Store {
    /// The current items as records, each with the file and line it is written at.
    public func contentRecords() throws -> [ContentRecord] {
        try allItems().map { item in
            ContentRecord(
                key: item.key, json: Data(item.content.utf8),
                location: SourceLocation(file: item.file, line: item.line ?? 1, column: item.column ?? 1))
        }
    }

    /// The items as they were right after changeset `id`, as records.
    public func contentRecords(asOf id: Int64) throws -> [ContentRecord] {
        try itemsAsOf(changeset: id).values.compactMap { $0 }.map { revision in
            ContentRecord(
                key: revision.key, json: Data((revision.content ?? "").utf8),
                location: revision.file.map { SourceLocation(file: $0, line: revision.line ?? 1) })
        }
    }
}
