import ArgumentParser
import Foundation
import KefuApp
import KefuCore

/// What a running command needs from its options: the folder it works in, the reader's language,
/// whether to print JSON, and where output goes. It also turns failures into messages and exit codes.
struct CommandContext {
    let directory: URL
    let language: Language
    let json: Bool
    let console: Console
    /// The progress bar for long work, on a terminal only.
    let progress: TerminalProgress?

    init(_ options: GlobalOptions, environment: [String: String] = ProcessInfo.processInfo.environment) {
        let current = URL(filePath: FileManager.default.currentDirectoryPath, directoryHint: .isDirectory)
        if let path = options.directory {
            directory = URL(filePath: path, directoryHint: .isDirectory, relativeTo: current).standardizedFileURL
        } else {
            directory = current
        }
        language = Language.resolve(explicit: options.lang, environment: environment)
        json = options.json
        console = Console(environment: environment)
        progress = TerminalProgress.forTerminal(language: language, json: json, environment: environment)
    }

    /// The bundle at or above the working folder, reporting long work to the progress bar.
    func workspace() throws -> Workspace {
        var workspace = try Workspace.find(from: directory)
        workspace.progress = progress
        return workspace
    }

    /// Runs `body`, printing any failure and exiting with its status.
    func run(_ body: () throws -> Void) throws {
        do {
            try body()
        } catch {
            guard let failure = AppFailure(describing: error) else { throw error }
            report(failure.diagnostics)
            throw ExitCode(failure.status.rawValue)
        }
    }

    /// Prints diagnostics: to standard error as text, or to standard output as JSON with `--json`.
    func report(_ diagnostics: [Diagnostic]) {
        if json {
            printJSON(DiagnosticReport(diagnostics: diagnostics, language: language))
            return
        }
        for diagnostic in diagnostics {
            console.error(render(diagnostic))
        }
    }

    /// One diagnostic as a line, coloured on a terminal.
    func render(_ diagnostic: Diagnostic) -> String {
        let style: Console.Style =
            switch diagnostic.severity {
            case .error: .red
            case .warning: .yellow
            case .note: .cyan
            }
        let location = diagnostic.location.map { console.styled("\($0):", .bold, onStandardError: true) + " " } ?? ""
        let severity = console.styled("\(diagnostic.severity.rawValue):", style, onStandardError: true)
        let code = diagnostic.code.map { " [\($0)]" } ?? ""
        return "\(location)\(severity) \(diagnostic.message.text(in: language))\(code)"
    }

    /// The bytes of an input file named on the command line, relative to the working folder; a
    /// file that cannot be read is bad input (exit 65), named in the error.
    func readInput(_ path: String, mapped: Bool = false) throws -> Data {
        do {
            return try Data(
                contentsOf: URL(filePath: path, relativeTo: directory), options: mapped ? .alwaysMapped : [])
        } catch {
            throw AppFailure(
                .dataError, Message(.fileUnreadable, error.localizedDescription), at: SourceLocation(file: path))
        }
    }

    /// At most this many items are named on a line; the rest are counted.
    static let namedLimit = 8

    /// `a, b, c … and 12 more`: names for one line of output.
    func namedList(_ names: [String]) -> String {
        let rest = names.count - min(names.count, Self.namedLimit)
        return names.prefix(Self.namedLimit).joined(separator: ", ")
            + (rest > 0 ? text(Message(.andMore, rest)) : "")
    }

    /// `message` in the reader's language.
    func text(_ message: Message) -> String {
        message.text(in: language)
    }

    /// Prints `value` as JSON on one line (JSON Lines: `kefu serve --stdio`, `kefu chat --json` in a pipe).
    func printJSONLine<Value: Encodable>(_ value: Value) {
        console.out(jsonLine(value))
    }

    /// `value` as one line of JSON (`JSONOutput`).
    func jsonLine<Value: Encodable>(_ value: Value) -> String {
        String(decoding: (try? JSONOutput.encoder().encode(value)) ?? Data("{}".utf8), as: UTF8.self)
    }

    /// Prints `value` as pretty JSON (`JSONOutput`).
    func printJSON<Value: Encodable>(_ value: Value) {
        if let data = try? JSONOutput.encoder(pretty: true).encode(value) {
            console.out(String(decoding: data, as: UTF8.self))
        }
    }
}
