import KefuApp
import KefuCore

/// What the last change did, in the seller's words: done, or why not (nothing was changed then).
enum ConsoleFlash: Sendable {
    case done(String)
    case problem(String)

    /// A failure as the seller reads it: each diagnostic of a kefu failure, the text of anything else.
    static func problem(_ error: any Error, in language: Language) -> ConsoleFlash {
        guard let failure = AppFailure(describing: error) else { return .problem("\(error)") }
        return .problem(failure.diagnostics.map { $0.rendered(in: language) }.joined(separator: "\n"))
    }

    var fields: [String: Any] {
        switch self {
        case .done(let text): ["text": text, "problem": false]
        case .problem(let text): ["text": text, "problem": true]
        }
    }
}
