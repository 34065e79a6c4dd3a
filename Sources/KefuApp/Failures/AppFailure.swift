import KefuCore

/// Why a request to the app stops: what to tell the person, and the exit status a command ends with.
/// Thrown by the app and the commands, printed once by `CommandContext`.
public struct AppFailure: Error, Sendable {
    public let status: ExitStatus
    public let diagnostics: [Diagnostic]

    public init(_ status: ExitStatus, _ message: Message, at location: SourceLocation? = nil) {
        self.status = status
        self.diagnostics = [.error(message, at: location)]
    }

    public init(_ status: ExitStatus, diagnostics: [Diagnostic]) {
        self.status = status
        self.diagnostics = diagnostics
    }
}
