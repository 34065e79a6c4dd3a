import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Standard output and error, with colour only when the stream is a terminal and `NO_COLOR` is unset.
struct Console: Sendable {
    let colourOnStandardError: Bool
    let colourOnStandardOutput: Bool

    init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        let allowed = environment["NO_COLOR"] == nil && environment["TERM"] != "dumb"
        colourOnStandardOutput = allowed && isatty(STDOUT_FILENO) == 1
        colourOnStandardError = allowed && isatty(STDERR_FILENO) == 1
    }

    func out(_ text: String, terminator: String = "\n") {
        FileHandle.standardOutput.write(Data((text + terminator).utf8))
    }

    /// Writes a line to standard output, throwing when it cannot (a reader that closed the pipe), for a
    /// server that should stop then rather than die of SIGPIPE.
    func write(_ line: String) throws {
        try FileHandle.standardOutput.write(contentsOf: Data((line + "\n").utf8))
    }

    func error(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }

    /// `text` in a terminal style when colour is on for that stream.
    func styled(_ text: String, _ style: Style, onStandardError: Bool = false) -> String {
        let enabled = onStandardError ? colourOnStandardError : colourOnStandardOutput
        return enabled ? "\u{1B}[\(style.rawValue)m\(text)\u{1B}[0m" : text
    }

    enum Style: String {
        case bold = "1"
        case red = "1;31"
        case yellow = "1;33"
        case green = "32"
        case dim = "2"
        case cyan = "36"
    }
}
