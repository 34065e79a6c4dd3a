/// Whether the engine understands meaning, and if not, why: for the trace, `kefu ask --json` and `kefu check`.
public enum SemanticStatus: Sendable, Equatable {
    case on(model: String)
    case off(reason: String)

    public var isOn: Bool { if case .on = self { true } else { false } }
}

extension SemanticStatus {
    /// `on (MODEL)` or `off: REASON`, as the trace and `kefu ask --json` show it.
    public var traceText: String {
        switch self {
        case .on(let model): "on (\(model))"
        case .off(let reason): "off: \(reason)"
        }
    }
}
