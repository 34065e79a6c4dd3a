import KefuCore

/// Why a command stops: what to tell the person, and the exit status. Thrown inside commands,
/// printed once by `CommandContext`.
struct CommandFailure: Error {
    let status: ExitStatus
    let diagnostics: [Diagnostic]

    init(_ status: ExitStatus, _ message: Message, at location: SourceLocation? = nil) {
        self.status = status
        self.diagnostics = [.error(message, at: location)]
    }

    init(_ status: ExitStatus, diagnostics: [Diagnostic]) {
        self.status = status
        self.diagnostics = diagnostics
    }
}
