import KefuQuality

/// `kefu test --json`: every test with its turns, what they missed, and the items no test reached.
struct TestReportJSON: Encodable {
    struct Test: Encodable {
        let id: String
        let file: String?
        let line: Int?
        let passed: Bool
        let turns: [Turn]
    }

    struct Turn: Encodable {
        let turn: Int
        let buyer: String
        let passed: Bool
        let decision: String
        let source: String?
        let reply: String?
        let mismatches: [ExpectationMismatch]
    }

    let passed: Int
    let failed: Int
    let tests: [Test]
    let uncovered: [String]

    init(_ suite: ConversationSuite) {
        passed = suite.passed
        failed = suite.failed
        uncovered = suite.uncovered.map(\.label)
        tests = suite.results.map { result in
            Test(
                id: result.id.rawValue, file: result.location?.file, line: result.location?.line,
                passed: result.passed,
                turns: result.turns.map { turn in
                    Turn(
                        turn: turn.number, buyer: turn.buyer, passed: turn.passed,
                        decision: turn.reply.decision.rawValue, source: turn.reply.source?.label,
                        reply: turn.reply.reply, mismatches: turn.mismatches)
                })
        }
    }
}
