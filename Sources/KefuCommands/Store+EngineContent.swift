import Foundation
import KefuCore
import KefuEngine
import KefuStore

extension Store {
    /// The current items as records, each with the file and line it is written at.
    func contentRecords() throws -> [ContentRecord] {
        try allItems().map { item in
            ContentRecord(
                kind: item.kind, json: Data(item.content.utf8),
                location: SourceLocation(file: item.file, line: item.line ?? 1, column: item.column ?? 1))
        }
    }

    /// The items as they were right after changeset `id`, as records.
    func contentRecords(asOf id: Int64) throws -> [ContentRecord] {
        try itemsAsOf(changeset: id).values.compactMap { $0 }.map { revision in
            ContentRecord(
                kind: revision.kind, json: Data((revision.content ?? "").utf8),
                location: revision.file.map { SourceLocation(file: $0, line: revision.line ?? 1) })
        }
    }

    /// The current items as the engine reads them.
    func engineContent() throws -> EngineContent {
        try EngineContent.checked(records: try contentRecords())
    }
}

extension EngineContent {
    /// The engine's content from `records`; content the engine cannot read is a data error for the user.
    static func checked(records: [ContentRecord]) throws -> EngineContent {
        try checked { try EngineContent(records: records) }
    }

    /// `body`'s result, with content the engine cannot read (`EngineContentError`) turned into a data
    /// error for the user.
    static func checked<Result>(_ body: () throws -> Result) throws -> Result {
        do {
            return try body()
        } catch let error as EngineContentError {
            throw CommandFailure(.dataError, Message(.askEngineContent, "\(error)"))
        }
    }
}
