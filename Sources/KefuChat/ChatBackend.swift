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
    /// Keeps one exchange in the conversation log that reports read (`micros`: the engine's time).
    func log(_ message: IncomingMessage, reply: EngineReply, session: SessionState, micros: Double)
}

extension ChatBackend {
    /// Keeps one exchange in the conversation log; a backend without a store keeps nothing.
    public func log(_ message: IncomingMessage, reply: EngineReply, session: SessionState, micros: Double) {}
}
