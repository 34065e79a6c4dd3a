import KefuCore

/// What one fuzz input came to: taken or refused, a one-line summary a regression test can pin, and
/// the promises that did not hold. A fuzz harness crashes on a broken promise; a test expects none and
/// compares the rest with what it wrote down when the input was kept.
public struct FuzzOutcome: Sendable, Equatable, CustomStringConvertible {
    public enum Verdict: String, Sendable {
        /// Loaded, read or analysed.
        case accepted
        /// Refused with an error, which is a pass for hostile input.
        case refused
    }

    public var verdict: Verdict
    /// What was taken (items loaded, files read, what the text analysis found) or why it was refused
    /// (the error's type), on one line.
    public var summary: String
    /// Promises that must hold for any input whatsoever and did not for this one: each is a bug.
    public var brokenPromises: [String] = []

    public init(verdict: Verdict, summary: String, brokenPromises: [String] = []) {
        self.verdict = verdict
        self.summary = summary
        self.brokenPromises = brokenPromises
    }

    /// `verdict summary`, as the regression tests' `expected.tsv` spells it.
    public var description: String { "\(verdict.rawValue)\t\(summary)" }

    /// Refused with `error`: its type and the first line of what it says (for a bundle, its first
    /// diagnostic as `kefu check` prints it), at most 160 characters.
    static func refused(_ error: any Error) -> FuzzOutcome {
        let text =
            (error as? DiagnosticsError)?.diagnostics.first?.rendered(in: .english) ?? String(describing: error)
        let said = text.split(separator: "\n").first.map { String($0.prefix(160)) } ?? ""
        return FuzzOutcome(verdict: .refused, summary: "\(type(of: error)): \(said)")
    }
}
