import Foundation
import KefuTestSupport

#if canImport(Glibc)
    import Glibc
#endif

/// Runs the built `kefu` on a pseudo-terminal, as a person at a keyboard would: keys go in, the screen
/// comes out. Waiting is for text to appear (giving up when the program goes quiet for a minute, so a
/// broken build fails instead of hanging), never for a fixed time.
final class PseudoTerminal {
    private let master: Int32
    private let process = Process()
    /// Everything the terminal has shown so far.
    private(set) var screen = Data()
    /// How many prompts keys were typed at.
    private var promptsAnswered = 0

    init(_ arguments: [String], in directory: URL, environment: [String: String] = [:]) throws {
        master = Self.libc.openpt(O_RDWR | O_NOCTTY)
        guard master >= 0, Self.libc.grant(master) == 0, Self.libc.unlock(master) == 0,
            let name = Self.libc.name(master)
        else { throw CocoaError(.fileNoSuchFile) }
        let slave = FileHandle(forUpdatingAtPath: String(cString: name))
        guard let slave else { throw CocoaError(.fileNoSuchFile) }
        process.executableURL = KefuBinary.url
        process.arguments = arguments
        process.currentDirectoryURL = directory
        process.environment = KefuBinary.environment(environment.merging(["TERM": "xterm"]) { own, _ in own })
        process.standardInput = slave
        process.standardOutput = slave
        process.standardError = slave
        try process.run()
        try slave.close()
    }

    /// glibc's pseudo-terminal calls, which Swift's Glibc module leaves out (they sit behind
    /// `_XOPEN_SOURCE`), looked up by name in the C library the process already has.
    private typealias DescriptorCall = @convention(c) (Int32) -> Int32
    private typealias NameCall = @convention(c) (Int32) -> UnsafeMutablePointer<CChar>?
    private static let libc: (openpt: DescriptorCall, grant: DescriptorCall, unlock: DescriptorCall, name: NameCall) = {
        let handle = dlopen(nil, RTLD_NOW)
        func function<Function>(_ name: String, as type: Function.Type) -> Function {
            unsafeBitCast(dlsym(handle, name), to: type)
        }
        return (
            function("posix_openpt", as: DescriptorCall.self), function("grantpt", as: DescriptorCall.self),
            function("unlockpt", as: DescriptorCall.self), function("ptsname", as: NameCall.self)
        )
    }()

    deinit {
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        close(master)
    }

    /// Types `keys` (`\r` is Enter, `\u{1B}[A` arrow up, `\u{03}` Ctrl-C, `\u{04}` Ctrl-D).
    func type(_ keys: String) {
        let bytes = Array(keys.utf8)
        _ = bytes.withUnsafeBytes { write(master, $0.baseAddress, $0.count) }
    }

    /// Reads the screen until `text` has appeared `count` times in all; false if the program closes the
    /// terminal first or prints nothing for `quietSeconds` (a hang: a broken build fails instead of
    /// stalling the run). Never waits for a fixed time.
    @discardableResult
    func waitFor(_ text: String, count: Int = 1, quietSeconds: Int32 = 60) -> Bool {
        while occurrences(of: text) < count {
            guard readSome(waitingMilliseconds: quietSeconds * 1000) == .read else {
                return occurrences(of: text) >= count
            }
        }
        return true
    }

    /// Waits for `prompt` to appear once more than it has and for libedit to take the terminal out of
    /// line mode, then types `keys`. Keys typed while the terminal is still in line mode would be read
    /// by the terminal itself (Ctrl-C a signal, Ctrl-D an end of file), so typing waits, as a person
    /// does, until the editor is listening.
    @discardableResult
    func typeAtPrompt(_ keys: String, prompt: String, quietSeconds: Int32 = 60) -> Bool {
        promptsAnswered += 1
        guard waitFor(prompt, count: promptsAnswered, quietSeconds: quietSeconds) else { return false }
        // The mode changes without output: look every 10 ms, giving up after `quietSeconds` of looking.
        var settings = termios()
        var looks = 0
        while tcgetattr(master, &settings) == 0, settings.c_lflag & tcflag_t(ICANON) != 0 {
            looks += 1
            guard looks < quietSeconds * 100, readSome(waitingMilliseconds: 10) != .closed else { return false }
        }
        type(keys)
        return true
    }

    /// Waits for the program to end and returns its exit status. A program that goes quiet for
    /// `quietSeconds` without ending is killed (processes started from the test runner inherit its
    /// blocked signals, so only SIGKILL is sure to stop them).
    func waitForExit(quietSeconds: Int32 = 60) -> Int32 {
        while readSome(waitingMilliseconds: quietSeconds * 1000) == .read {}
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
        return process.terminationStatus
    }

    var text: String { String(decoding: screen, as: UTF8.self) }

    private func occurrences(of text: String) -> Int {
        self.text.components(separatedBy: text).count - 1
    }

    /// What one read found.
    private enum ReadOutcome {
        /// Some output, now on `screen`.
        case read
        /// Nothing within the wait; the program still runs.
        case quiet
        /// The program closed the terminal or ended.
        case closed
    }

    /// Reads what is available, waiting up to `waitingMilliseconds` for it.
    private func readSome(waitingMilliseconds: Int32) -> ReadOutcome {
        var descriptor = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
        let ready = poll(&descriptor, 1, waitingMilliseconds)
        guard ready > 0 else { return ready == 0 && process.isRunning ? .quiet : .closed }
        var buffer = [UInt8](repeating: 0, count: 4096)
        let count = read(master, &buffer, buffer.count)
        guard count > 0 else { return .closed }
        screen.append(contentsOf: buffer[..<count])
        return .read
    }
}
