import Foundation
import KefuTestSupport

/// A long-running built `kefu` (`serve --http`, `console`) started in a folder: the first line it
/// prints is the address it listens at, read as soon as it is written (no waiting for a fixed time),
/// and SIGTERM stops it as a service manager would.
final class ListeningKefu: @unchecked Sendable {
    let address: URL
    private let process = Process()
    private let output = Pipe()
    private let errors = Pipe()

    enum StartError: Error { case exited(String) }

    init(_ arguments: [String], in folder: URL, environment: [String: String]) throws {
        process.executableURL = KefuBinary.url
        process.arguments = arguments
        process.currentDirectoryURL = folder
        process.environment = KefuBinary.environment(environment)
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice
        try process.run()
        var line = Data()
        // Reading blocks until the line is written, or ends if kefu exits.
        while true {
            let byte = try output.fileHandleForReading.read(upToCount: 1) ?? Data()
            if byte.isEmpty || byte == Data("\n".utf8) { break }
            line += byte
        }
        guard let address = URL(string: String(decoding: line, as: UTF8.self)), address.port != nil else {
            process.waitUntilExit()
            throw StartError.exited(String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self))
        }
        self.address = address
    }

    /// Stops kefu with SIGTERM and returns how it ended.
    func stop() -> KefuBinary.Result {
        process.terminate()
        return KefuBinary.finish(process, output: output, error: errors)
    }
}
