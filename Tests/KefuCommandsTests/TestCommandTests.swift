import Foundation
import KefuTestSupport
import Testing

/// `kefu test` end to end: the folder's tests as the files are now, exit codes, JSON and JUnit.
@Suite struct TestCommandTests {
    /// A moment after the fixture's Double 11 promotion (2026-11-01 to 11-12) has ended.
    static let afterDouble11 = ChatTerminalTests.afterDouble11

    private func shop(tests: String) throws -> TemporaryFolder {
        let folder = try FixtureShop.copy()
        try folder.write(["tests/tests.yaml": tests])
        return folder
    }

    static let passing = """
        - id: shipping
          turns:
            - buyer: 什么时候发货
              expect: {faq: shipping-time}
            - buyer: 转人工
              expect: {decision: handoff, handoff: requested}
        """

    @Test func aPassingSuiteExitsZero() throws {
        let folder = try shop(tests: Self.passing)
        let result = try KefuBinary.run(["test", "--now", Self.afterDouble11], in: folder.url)
        #expect(result.status == 0)
        #expect(result.standardOutput.hasPrefix("✓ shipping\n"))
        #expect(result.standardOutput.hasSuffix("1 passed, 0 failed\n"))
        #expect(result.standardOutput.contains("not reached by any test ("))
    }

    @Test func aFailingSuiteExitsOneWithADiffAndJUnit() throws {
        let folder = try shop(
            tests: Self.passing + """

                - id: trap
                  turns:
                    - buyer: 有什么活动吗
                      expect: {rule: promo-double11}
                """)
        // After the promotion's window: the trap expects the promotion, the fixture answers otherwise.
        let result = try KefuBinary.run(
            ["test", "--junit", "report/junit.xml", "--now", Self.afterDouble11], in: folder.url)
        #expect(result.status == 1)
        #expect(result.standardOutput.contains("✗ trap  tests/tests.yaml:7:3"))
        #expect(result.standardOutput.contains("  turn 1: 有什么活动吗\n    rule: expected promo-double11, got wrong-reply"))
        #expect(result.standardOutput.hasSuffix("1 passed, 1 failed\n"))
        let xml = try folder.read("report/junit.xml")
        #expect(xml.contains(#"<testsuite name=""#) && xml.contains(#"tests="2" failures="1""#))

        let only = try KefuBinary.run(["test", "ship*", "--now", Self.afterDouble11], in: folder.url)
        #expect(only.status == 0)
        #expect(only.standardOutput.hasSuffix("1 passed, 0 failed\n"))
        // Inside the window the promotion answers, and the trap passes.
        let during = try KefuBinary.run(["test", "--now", "2026-11-05 10:00"], in: folder.url)
        #expect(during.standardOutput.hasSuffix("2 passed, 0 failed\n"), "\(during.standardOutput)")
    }

    @Test func jsonListsEveryTurn() throws {
        let folder = try shop(tests: Self.passing)
        let result = try KefuBinary.run(["test", "--json", "--now", Self.afterDouble11], in: folder.url)
        let object = try #require(
            JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any])
        #expect(object["passed"] as? Int == 1)
        #expect(object["failed"] as? Int == 0)
        let test = try #require((object["tests"] as? [[String: Any]])?.first)
        #expect(test["file"] as? String == "tests/tests.yaml")
        let turns = try #require(test["turns"] as? [[String: Any]])
        #expect(turns.map { $0["source"] as? String } == ["faq/shipping-time", nil])
        #expect((object["uncovered"] as? [String])?.contains("faq/exchange") == true)
    }

    @Test func aBrokenBundleIsBadInput() throws {
        let folder = try shop(tests: "- id: x\n  turns: [oops\n")
        let result = try KefuBinary.run(["test"], in: folder.url)
        #expect(result.status == 65)
        #expect(result.standardError.contains("tests/tests.yaml:"))
    }
}

/// `kefu check`'s lints end to end on the engine's test shop, whose rules hold known mistakes.
@Suite struct CheckLintTests {
    @Test func lintsCarryCodesAndStrictFailsOnWarnings() throws {
        let folder = try FixtureShop.copy()
        let result = try KefuBinary.run(["check", "--now", TestCommandTests.afterDouble11], in: folder.url)
        #expect(result.status == 1)
        #expect(result.standardError.contains("rules/rules.yaml:22:3: warning: keyword '活动' of rule 'promo-double11'"))
        #expect(result.standardError.contains("[K101]"))
        #expect(
            result.standardError.contains("rules/rules.yaml:40:3: error: the reply of rule/bad-claim contains '最好'"))

        // Without the blocked reply only warnings are left: fine, unless --strict.
        let rules = try folder.read("rules/rules.yaml")
        try folder.write([
            "rules/rules.yaml": rules.replacingOccurrences(of: "最好", with: "很好").replacingOccurrences(
                of: "绝对", with: "一定")
        ])
        let now = ["--now", TestCommandTests.afterDouble11]
        #expect(try KefuBinary.run(["check"] + now, in: folder.url).status == 0)
        #expect(try KefuBinary.run(["check", "--strict"] + now, in: folder.url).status == 1)

        let json = try KefuBinary.run(["check", "--json", "--now", "2026-12-01 10:00"], in: folder.url)
        let object = try #require(JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8)) as? [String: Any])
        let codes = (object["diagnostics"] as? [[String: Any]])?.compactMap { $0["code"] as? String } ?? []
        #expect(Set(codes) == ["K101", "K103", "K108", "K110", "K111", "K112"])
    }
}
