import Foundation
import KefuTestSupport
import Testing

/// `kefu check` on two fixture bundles: `lint-seeded` holds one instance of every lint (the comments
/// in its files say which), `lint-clean` none. The clock is fixed with `--now`, so the windows read
/// the same on any day.
@Suite struct LintFixtureTests {
    static let fixtures = URL(filePath: #filePath).deletingLastPathComponent().appending(path: "Fixtures")
    static let clock = ["--now", "2026-12-01 10:00"]

    private func check(_ name: String, _ extra: [String] = []) throws -> (status: Int32, findings: [[String: Any]]) {
        let folder = try TemporaryFolder()
        try FileManager.default.copyItem(at: Self.fixtures.appending(path: name), to: folder.url.appending(path: name))
        let result = try KefuBinary.run(["check", "--json"] + Self.clock + extra, in: folder.url.appending(path: name))
        let object = try #require(
            JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any])
        return (result.status, object["diagnostics"] as? [[String: Any]] ?? [])
    }

    @Test func everyLintFiresOnceAtItsPlace() throws {
        let (status, findings) = try check("lint-seeded")
        #expect(status == 1)
        let found = findings.map { finding in
            let place = "\(finding["file"] as? String ?? "?"):\(finding["line"] as? Int ?? 0)"
            return "\(finding["code"] as? String ?? "-") \(finding["severity"] as? String ?? "?") \(place)"
        }
        #expect(
            found.sorted() == [
                "K101 warning rules/rules.yaml:2",
                "K102 warning rules/rules.yaml:11",
                "K103 warning rules/rules.yaml:17",
                "K104 warning faq/faq.yaml:7",
                "K105 warning faq/faq.yaml:18",
                "K106 error templates/templates.yaml:7",
                "K107 error faq/faq.yaml:28",
                "K108 note bundle.yaml:1",
                "K108 warning rules/rules.yaml:33",
                "K109 error rules/rules.yaml:22",
                "K110 warning rules/rules.yaml:27",
                "K111 warning bundle.yaml:1",
                "K111 warning templates/templates.yaml:4",
                "K112 note agents.yaml:2",
                "K112 warning faq/faq.yaml:24",
                "K115 warning templates/templates.yaml:7",
            ])
        let messages = findings.compactMap { $0["message"] as? String }
        for expected in [
            "question 'Where is my parcel tracking' of faq 'refund' is closer to faq 'track-parcel'",
            "uses 'order.stauts', which no entity, session value or data column provides; did you mean 'order.status'?",
            "locale es: 15 of 16 replies have a text (93%)",
            "'payment-confirmation'", "the fallback 'fallback' (es) does not tell the buyer how to reach a person",
            "no agent has the skill 'warranty'", "nobody is on duty 02:00-08:00",
            "template/logistics-query prints 'order.id', which comes from data/orders.csv, and the bundle has no such file",
        ] {
            #expect(messages.contains { $0.contains(expected) }, "\(expected)")
        }
    }

    @Test func theCleanBundleHasNoFindingsEvenWhenStrict() throws {
        let (status, findings) = try check("lint-clean", ["--strict"])
        #expect(status == 0)
        #expect(findings.isEmpty, "\(findings)")
    }

    @Test func aTimeThatDoesNotReadIsAUsageError() throws {
        let folder = try TemporaryFolder()
        try FileManager.default.copyItem(
            at: Self.fixtures.appending(path: "lint-clean"), to: folder.url.appending(path: "shop"))
        let result = try KefuBinary.run(["check", "--now", "next tuesday"], in: folder.url.appending(path: "shop"))
        #expect(result.status == 64)
        #expect(result.standardError.contains("'next tuesday' is not a time"))
    }
}
