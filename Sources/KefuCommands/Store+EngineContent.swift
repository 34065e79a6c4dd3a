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

    /// The current items as the engine reads them.
    func engineContent() throws -> EngineContent {
        do {
            return try EngineContent(records: try contentRecords())
        } catch let error as EngineContentError {
            throw CommandFailure(.dataError, Message(.askEngineContent, "\(error)"))
        }
    }
}
