import Foundation
import KefuCore

#if canImport(Glibc)
    import Glibc
#endif

/// A progress bar on standard error, for work that runs longer than `delay`: one line, redrawn in place
/// at most ten times a second, wiped when the task ends. Only on a terminal, and never with `--json`:
/// `CommandContext` makes one only then.
final class TerminalProgress: ProgressReporter, @unchecked Sendable {
    /// How long work runs before a bar appears, so quick commands print nothing extra.
    static let defaultDelay: Duration = .seconds(1)
    static let width = 24

    private let language: Language
    private let delay: Duration
    private let lock = NSLock()
    private var started: [ProgressTask: ContinuousClock.Instant] = [:]
    private var shown: [ProgressTask: Int] = [:]
    private var lastDrawn: ContinuousClock.Instant?
    private var lineOnScreen = false

    init(language: Language, delay: Duration = defaultDelay) {
        self.language = language
        self.delay = delay
    }

    /// A bar for this process, or `nil`: when standard error is not a terminal, with `--json`, or with
    /// `KEFU_PROGRESS=off`. `KEFU_PROGRESS_AFTER` (seconds) changes the delay.
    static func forTerminal(language: Language, json: Bool, environment: [String: String]) -> TerminalProgress? {
        guard !json, environment["KEFU_PROGRESS"] != "off", isatty(STDERR_FILENO) == 1 else { return nil }
        let delay = environment["KEFU_PROGRESS_AFTER"].flatMap(Double.init).map { Duration.seconds($0) }
        return TerminalProgress(language: language, delay: delay ?? defaultDelay)
    }

    func report(_ task: ProgressTask, done: Int, of total: Int) {
        let now = ContinuousClock.now
        let line: String? = lock.withLock {
            let start = started[task] ?? now
            started[task] = start
            // Reports come from several threads: a bar never goes back.
            let done = max(done, shown[task] ?? 0)
            shown[task] = done
            if done >= total {
                started[task] = nil
                shown[task] = nil
                defer { lineOnScreen = false }
                return lineOnScreen ? "\r\u{1B}[2K" : nil
            }
            guard now - start >= delay else { return nil }
            if let lastDrawn, now - lastDrawn < .milliseconds(100) { return nil }
            lastDrawn = now
            lineOnScreen = true
            return "\r\u{1B}[2K" + render(task, done: done, of: total)
        }
        if let line { FileHandle.standardError.write(Data(line.utf8)) }
    }

    /// `理解问题 [██████░░░░░░░░░░░░░░░░░░] 1,024/4,077`.
    func render(_ task: ProgressTask, done: Int, of total: Int) -> String {
        let filled = total > 0 ? Self.width * done / total : 0
        let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: Self.width - filled)
        return "\(Message(Self.label(of: task)).text(in: language)) [\(bar)] \(done.formatted())/\(total.formatted())"
    }

    static func label(of task: ProgressTask) -> MessageKey {
        switch task {
        case .readingFiles: .progressReadingFiles
        case .embeddingQuestions: .progressEmbedding
        case .learningQuestions: .progressLearning
        case .writingArchive: .progressWritingArchive
        case .checkingArchive: .progressCheckingArchive
        }
    }
}
