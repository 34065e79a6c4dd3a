import Foundation

/// Runs the ordinary `git` command, never stopping to ask anything on a terminal.
struct GitCommand {
    /// The repository folder, or `nil` to run outside one (clone).
    let directory: URL?

    struct Output {
        let status: Int32
        let output: String
    }

    /// Runs `git ARGUMENTS`; the output is standard output and standard error together.
    @discardableResult
    func run(_ arguments: [String], allowFailure: Bool = false) throws -> Output {
        let process = Process()
        process.executableURL = URL(filePath: "/usr/bin/env")
        process.arguments = ["git"] + (directory.map { ["-C", $0.path] } ?? []) + arguments
        var environment = ProcessInfo.processInfo.environment
        environment["GIT_TERMINAL_PROMPT"] = "0"
        // ssh must not stop to ask either (a host key, a password): it fails instead, and says why.
        environment["GIT_SSH_COMMAND"] = environment["GIT_SSH_COMMAND"] ?? "ssh -o BatchMode=yes"
        environment["LC_ALL"] = "C"
        process.environment = environment
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let output = Output(status: process.terminationStatus, output: String(decoding: data, as: UTF8.self))
        if output.status != 0 && !allowFailure {
            throw RemoteError.git(command: "git " + arguments.joined(separator: " "), output: output.output)
        }
        return output
    }
}
