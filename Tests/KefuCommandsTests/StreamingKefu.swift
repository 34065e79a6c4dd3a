import Foundation
import KefuTestSupport

/// The built `kefu` started in the background, its standard error read as it is written, so a test can
/// wait for what the program says it is doing (never for a fixed time).
final class StreamingKefu {
    private let process = Process()
    private let errors = Pipe()
    private let output = Pipe()
    /// Standard error so far.
    private(set) var standardError = ""

    init(_ arguments: [String], in directory: URL, environment: [String: String] = [:]) throws {
        process.executableURL = KefuBinary.url
        process.arguments = arguments
        process.currentDirectoryURL = directory
        process.environment = KefuBinary.environment(environment)
        process.standardError = errors
        process.standardOutput = output
        process.standardInput = FileHandle.nullDevice
        try process.run()
    }

    /// Reads standard error until `text` appears; false if the program closes it first.
    func waitForError(containing text: String) -> Bool {
        while !standardError.contains(text) {
            let data = errors.fileHandleForReading.availableData
            guard !data.isEmpty else { return false }
            standardError += String(decoding: data, as: UTF8.self)
        }
        return true
    }

    /// Waits for the program to end and returns how it ended, with all it printed.
    func finish() -> KefuBinary.Result {
        KefuBinary.finish(process, output: output, error: errors, errorSoFar: standardError)
    }
}
