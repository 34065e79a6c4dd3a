import KefuCore
import KefuEngine

/// What the REPL shows after a line, as data: the terminal loop lays it out (colour on a terminal,
/// plain text in a pipe), and tests read it directly.
public enum ChatEvent: Sendable {
    /// The welcome template that opens a session.
    case welcome(String)
    /// The engine's reply to a buyer message, with its badge.
    case reply(EngineReply)
    /// `:why`, or the trace after every reply with `:trace on`.
    case explanation(Explanation)
    /// Something done, for the seller to read.
    case notice(Message)
    /// A command that could not be done; nothing changed.
    case problem(Message)
    /// Located problems in the bundle (a `:reload` of a folder with errors).
    case diagnostics([Diagnostic])
    /// `:handoffs`: the tickets this session raised.
    case tickets([HandoffTicket])
    /// `:find`: the items that mention a text.
    case mentions([ItemMention])
    /// `:open`: the absolute path and line of the last answer's source.
    case location(path: String, line: Int)
    /// `:help`: commands with their usage and summary.
    case help([ChatCommandName])
    /// `:quit`: the loop ends.
    case quit
}
