/// One expectation of a turn that did not hold: what the test wanted and what happened.
public struct ExpectationMismatch: Hashable, Sendable, Encodable {
    /// The expectation's key (`rule`, `faq`, `decision`, `reply_contains`, …).
    public var field: String
    public var expected: String
    /// What the engine did instead (`-` when it gave nothing of the kind).
    public var actual: String

    public init(field: String, expected: String, actual: String) {
        self.field = field
        self.expected = expected
        self.actual = actual
    }
}
