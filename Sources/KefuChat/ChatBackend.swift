import Foundation
import KefuCore
import KefuEngine

/// Where a chat's content comes from and goes to: the bundle folder and its store. The command line
/// gives the real one; tests give folders and in-memory content. Errors that should read as located
/// problems are thrown as `DiagnosticsError`.
public protocol ChatBackend {
    /// The bundle folder: `:open` prints paths in it and `:save` writes tests into it.
    var root: URL { get }
    /// The store's items and the shop data as they are now.
    func load() throws -> ChatContent
    /// Syncs the working folder into the store (`:reload`): what the sync did, and the content after it.
    func reload() throws -> ChatReload
    /// The engine for `content`.
    /// - Throws: `DiagnosticsError` when the content cannot become an engine.
    func engine(for content: ChatContent) throws -> Engine
    /// Answers one buyer message in `session`; a backend with a store also keeps it in the conversation
    /// log that reports read.
    func answer(_ message: IncomingMessage, in session: inout SessionState, engine: Engine, context: AnswerContext)
        -> EngineReply
}

/// A backend without a store (a folder in tests, an archive): a plain engine, and nothing logged.
extension ChatBackend {
    public func engine(for content: ChatContent) throws -> Engine {
        do {
            return Engine(content: try EngineContent(records: content.records), semantics: content.semantics)
        } catch let error as EngineContentError {
            throw DiagnosticsError([error.diagnostic])
        }
    }

    public func answer(
        _ message: IncomingMessage, in session: inout SessionState, engine: Engine, context: AnswerContext
    ) -> EngineReply {
        engine.answer(message, in: &session, context: context)
    }
}
