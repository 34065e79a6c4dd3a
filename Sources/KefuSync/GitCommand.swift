import Foundation

/// Runs the ordinary `git` command, never stopping to ask anything on a terminal, and never letting what
/// came from a remote or a seller's command line be read as an option: operands (URLs, paths, remote
/// names) always follow `--`, and only the transports kefu needs are allowed.
struct GitCommand {
    /// The repository folder, or `nil` to run outside one (clone).
    let directory: URL?

    struct Output {
        let status: Int32
        let output: String
    }

    /// Runs `git ARGUMENTS -- OPERANDS` (without `--` when there are no operands); the output is standard
    /// output and standard error together. `arguments` are kefu's own words: options, and values kefu
    /// made or checked itself (a commit name, `checkedObjectName`).
    @discardableResult
    func run(_ arguments: [String], operands: [String] = [], allowFailure: Bool = false) throws -> Output {
        let process = Process()
        process.executableURL = URL(filePath: "/usr/bin/env")
        process.arguments =
            ["git"] + (directory.map { ["-C", $0.path] } ?? []) + arguments
            + (operands.isEmpty ? [] : ["--"] + operands)
        var environment = ProcessInfo.processInfo.environment
        environment["GIT_TERMINAL_PROMPT"] = "0"
        // Local paths, ssh and http(s) only: no `ext::` or `fd::` transport, whatever a URL says.
        environment["GIT_ALLOW_PROTOCOL"] = "file:git:ssh:http:https"
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

    /// `name` when it is a full commit name (40 or 64 hexadecimal digits), which git can never read as
    /// an option; else an error.
    static func checkedObjectName(_ name: String) throws -> String {
        guard [40, 64].contains(name.count), name.allSatisfy(\.isHexDigit) else {
            throw RemoteError.git(command: "git rev-parse", output: "not a commit name: \(name.prefix(80))")
        }
        return name
    }
}
