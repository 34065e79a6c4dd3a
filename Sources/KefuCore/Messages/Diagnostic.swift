/// A problem found in a bundle or the store, with where it is and what to do, rendered like a compiler's:
/// `faq/logistics.yaml:12:5: error: missing required field 'answer'; add it to this item`.
public struct Diagnostic: Error, Hashable, Sendable {
    public enum Severity: String, Codable, Sendable, Comparable {
        case error, warning, note

        public static func < (lhs: Severity, rhs: Severity) -> Bool {
            lhs.rank < rhs.rank
        }

        private var rank: Int {
            switch self {
            case .error: 0
            case .warning: 1
            case .note: 2
            }
        }
    }

    public let severity: Severity
    public let location: SourceLocation?
    public let message: Message
    /// A stable code for lints (`K101`), so scripts and `--json` readers can key on it.
    public let code: String?

    public init(_ severity: Severity, _ message: Message, at location: SourceLocation?, code: String? = nil) {
        self.severity = severity
        self.message = message
        self.location = location
        self.code = code
    }

    /// An error at `location`.
    public static func error(_ message: Message, at location: SourceLocation?) -> Diagnostic {
        Diagnostic(.error, message, at: location)
    }

    /// The one-line form. Severity words stay English so editors and CI can parse them in any language.
    public func rendered(in language: Language) -> String {
        let prefix = location.map { "\($0): " } ?? ""
        let code = code.map { " [\($0)]" } ?? ""
        return "\(prefix)\(severity.rawValue): \(message.text(in: language))\(code)"
    }
}

extension Diagnostic: Comparable {
    /// Errors first, then by place, so output reads top to bottom through each file.
    public static func < (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
        switch (lhs.location, rhs.location) {
        case let (left?, right?) where left != right: return left < right
        case (nil, _?): return true
        case (_?, nil): return false
        default:
            // Rendering is the last resort: thousands of findings can share a place.
            let left = (lhs.severity, lhs.code ?? "", lhs.message.key.name)
            let right = (rhs.severity, rhs.code ?? "", rhs.message.key.name)
            return left != right ? left < right : lhs.message.description < rhs.message.description
        }
    }
}

/// Diagnostics that stop an operation, thrown as one error so that every problem is reported at once.
public struct DiagnosticsError: Error, Sendable {
    public let diagnostics: [Diagnostic]

    public init(_ diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics.sorted()
    }
}
