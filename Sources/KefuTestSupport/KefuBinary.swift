import Foundation

/// Runs the built `kefu` executable, as a seller would, and captures what it prints.
public enum KefuBinary {
    /// What one run printed and how it ended.
    public struct Result: Sendable {
        /// The exit status, or the signal's number when a signal ended the run.
        public let status: Int32
        public let standardOutput: String
        public let standardError: String
        /// The signal that ended the run (SIGKILL at a crash point), or nil when it exited.
        public var signal: Int32? = nil

        public init(status: Int32, standardOutput: String, standardError: String, signal: Int32? = nil) {
            self.status = status
            self.standardOutput = standardOutput
            self.standardError = standardError
            self.signal = signal
        }
    }

    /// The built binary: `KEFU_BINARY` when set, else `kefu` beside the running test bundle.
    public static var url: URL {
        _ = brokenPipesAreErrors
        if let path = ProcessInfo.processInfo.environment["KEFU_BINARY"] { return URL(filePath: path) }
        var folder = URL(filePath: CommandLine.arguments[0]).deletingLastPathComponent()
        while folder.path != "/" {
            let candidate = folder.appending(path: "kefu")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            folder = folder.deletingLastPathComponent()
        }
        return URL(filePath: "kefu")
    }

    /// A test that writes to a kefu which has already exited gets an error, instead of SIGPIPE ending the
    /// whole test process (and every other test with it).
    private static let brokenPipesAreErrors: Void = {
        signal(SIGPIPE, SIG_IGN)
    }()

    /// The presets tests start from: a blank `generic` (a welcome, a fallback, a handoff lexicon), so
    /// tests that build their own items do not depend on what the shipped presets hold. Other presets
    /// fall through to `Bundles/`.
    public static let blankPresets = URL(filePath: #filePath).deletingLastPathComponent()
        .appending(path: "../../Tests/KefuCommandsTests/Fixtures/blank-presets").standardizedFileURL

    /// The shipped presets, `Bundles/`.
    public static let shippedPresets = URL(filePath: #filePath).deletingLastPathComponent()
        .appending(path: "../../Bundles").standardizedFileURL

    /// The environment tests run kefu in: English messages, no colour, a fixed author, the blank
    /// presets, plus `extra`.
    public static func environment(_ extra: [String: String] = [:]) -> [String: String] {
        var merged = ProcessInfo.processInfo.environment
        merged["KEFU_PRESETS"] = blankPresets.path
        merged["LANG"] = "C"
        merged["KEFU_LANG"] = nil
        merged["KEFU_AUTHOR"] = "tester"
        merged["NO_COLOR"] = "1"
        // Crash points are armed only where a test asks (`CrashPoints`), never inherited.
        merged["KEFU_CRASH_AT"] = nil
        merged["KEFU_CRASH_LOG"] = nil
        merged.merge(extra) { _, new in new }
        return merged
    }

    /// Runs `kefu ARGUMENTS` in `directory` with English messages and no colour, plus `environment`,
    /// with `input` on its standard input (then end of file).
    public static func run(
        _ arguments: [String], in directory: URL, environment: [String: String] = [:], input: String = ""
    ) throws -> Result {
        let process = Process()
        process.executableURL = url
        process.arguments = arguments
        process.currentDirectoryURL = directory
        process.environment = Self.environment(environment)
        let output = Pipe()
        let error = Pipe()
        let standardInput = Pipe()
        process.standardOutput = output
        process.standardError = error
        process.standardInput = standardInput
        try process.run()
        let inputWritten = DispatchSemaphore(value: 0)
        DispatchQueue.global().async {
            try? standardInput.fileHandleForWriting.write(contentsOf: Data(input.utf8))
            try? standardInput.fileHandleForWriting.close()
            inputWritten.signal()
        }
        let result = finish(process, output: output, error: error)
        inputWritten.wait()
        return result
    }

    /// Reads `output` and `error` to their ends at once, so the program never blocks on a full pipe,
    /// then waits for `process` and returns how it ended. `errorSoFar` is standard error already read.
    public static func finish(_ process: Process, output: Pipe, error: Pipe, errorSoFar: String = "") -> Result {
        nonisolated(unsafe) var errorData = Data()
        let errorRead = DispatchSemaphore(value: 0)
        DispatchQueue.global().async {
            errorData = error.fileHandleForReading.readDataToEndOfFile()
            errorRead.signal()
        }
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        errorRead.wait()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus, standardOutput: String(decoding: outputData, as: UTF8.self),
            standardError: errorSoFar + String(decoding: errorData, as: UTF8.self),
            signal: process.terminationReason == .uncaughtSignal ? process.terminationStatus : nil)
    }
}
