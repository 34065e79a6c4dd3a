import Foundation
import KefuTestSupport

#if canImport(Glibc)
    import Glibc
#endif

/// The built `kefu` on pipes, one line at a time: write a line, read the line it answers with. For
/// commands that keep running while the test changes things around them (`serve`, `chat` in a pipe).
final class LineConversation {
    private let process = Process()
    private let input = Pipe()
    private let output = Pipe()
    private var buffered = Data()

    init(_ arguments: [String], in directory: URL) throws {
        process.executableURL = KefuBinary.url
        process.arguments = arguments
        process.currentDirectoryURL = directory
        process.environment = KefuBinary.environment()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
    }

    deinit {
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
    }

    /// Sends `line` and returns the next line of output (nil when the program ended instead).
    func send(_ line: String) throws -> String? {
        try input.fileHandleForWriting.write(contentsOf: Data((line + "\n").utf8))
        while !buffered.contains(UInt8(ascii: "\n")) {
            let data = output.fileHandleForReading.availableData
            if data.isEmpty { return nil }
            buffered.append(data)
        }
        guard let end = buffered.firstIndex(of: UInt8(ascii: "\n")) else { return nil }
        let line = String(decoding: buffered[..<end], as: UTF8.self)
        buffered.removeSubrange(...end)
        return line
    }

    /// Sends `line` and reads the reply as a JSON object.
    func sendJSON(_ line: String) throws -> [String: Any]? {
        try send(line).flatMap { try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
    }

    /// Sends a line that prints nothing on standard output (a REPL command in a pipe).
    func command(_ line: String) throws {
        try input.fileHandleForWriting.write(contentsOf: Data((line + "\n").utf8))
    }

    /// Sends every line of `lines` in one write, as a bridge with a queue of requests does.
    func sendAll(_ lines: [String]) throws {
        try input.fileHandleForWriting.write(contentsOf: Data(lines.map { $0 + "\n" }.joined().utf8))
    }

    /// Reads the next `count` lines of output (fewer when the program ended).
    func readLines(_ count: Int) -> [String] {
        var lines: [String] = []
        while lines.count < count {
            while !buffered.contains(UInt8(ascii: "\n")) {
                let data = output.fileHandleForReading.availableData
                if data.isEmpty { return lines }
                buffered.append(data)
            }
            guard let end = buffered.firstIndex(of: UInt8(ascii: "\n")) else { return lines }
            lines.append(String(decoding: buffered[..<end], as: UTF8.self))
            buffered.removeSubrange(...end)
        }
        return lines
    }

    /// Sends `signal` (SIGTERM, SIGINT) and returns the exit status.
    func stop(with signal: Int32) -> (status: Int32, reason: Process.TerminationReason) {
        kill(process.processIdentifier, signal)
        process.waitUntilExit()
        return (process.terminationStatus, process.terminationReason)
    }

    /// Closes the input and returns the exit status.
    func finish() throws -> Int32 {
        try input.fileHandleForWriting.close()
        process.waitUntilExit()
        return process.terminationStatus
    }
}
