import Foundation
import KefuBundle
import KefuCore
import KefuEngine
import KefuQuality
import KefuTestSupport
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Conversation tests on the engine's test shop at a fixed time (2026-12-01 10:00 in Shanghai).
@Suite struct ConversationSuiteTests {
    static let morning = Date(timeIntervalSince1970: 1_796_090_400)

    private func suite(_ tests: String, pattern: String? = nil) throws -> ConversationSuite {
        let bundle = try BundleLoader().loadBundle(at: FixtureShop.folder)
        var records = bundle.contentRecords()
        let reading = try #require(BundleLoader().readFile("tests/tests.yaml", data: Data(tests.utf8)))
        #expect(reading.diagnostics.isEmpty, "\(reading.diagnostics)")
        records += reading.items.map { item in
            ContentRecord(key: item.key, json: CanonicalForm.data(of: item), location: item.location)
        }
        return try ConversationSuite.run(
            records: records, engine: Engine(content: try EngineContent(records: records)),
            shop: FixtureShop.shopData(), pattern: pattern, now: Self.morning,
            timeZone: TimeZone(identifier: "Asia/Shanghai") ?? .current)
    }

    static let passing = """
        - id: shipping
          turns:
            - buyer: 什么时候发货
              expect: {faq: shipping-time, decision: answer, intent: logistics, reply_contains: 48小时}
            - buyer: 帮我查物流
              expect: {decision: ask}
            - buyer: "12345"
              expect: {rule: logistics-query, reply_contains: ZT7788990011}
        - id: vip-gift
          buyer: b1002
          tags: [vip]
          turns:
            - buyer: 有赠品吗
              expect: {rule: vip-gift}
            - buyer: 我要投诉
              expect: {decision: handoff, handoff: sentiment}
            - buyer: 在吗
            - buyer: 图片
              type: image
              expect: {decision: silent}
        """

    @Test func aTestWithATimeRunsThenWhateverTheClock() throws {
        let tests = """
            - id: double11
              at: 2026-11-05 10:00
              turns:
                - buyer: 双11有什么活动
                  expect: {rule: promo-double11}
            - id: double11-later
              turns:
                - buyer: 双11有什么活动
                  expect: {rule: promo-double11}
            """
        let suite = try suite(tests)
        #expect(suite.results.map(\.passed) == [true, false])
    }

    @Test func aPassingSuitePassesAndCountsCoverage() throws {
        let suite = try suite(Self.passing)
        #expect(suite.results.map(\.id.rawValue) == ["shipping", "vip-gift"])
        #expect(suite.passed == 2)
        #expect(suite.failed == 0)
        #expect(suite.results[1].turns.count == 4)
        #expect(!suite.uncovered.contains { $0.label == "faq/shipping-time" })
        #expect(!suite.uncovered.contains { $0.label == "rule/vip-gift" })
        #expect(suite.uncovered.contains { $0.label == "faq/exchange" && $0.file == "faq/aftersale.yaml" })
    }

    @Test func aFailingTurnSaysWhatWasExpectedAndWhatHappened() throws {
        let suite = try suite(
            """
            - id: trap
              turns:
                - buyer: 什么时候发货
                  expect: {faq: shipping-time}
                - buyer: 有什么活动吗
                  expect: {rule: promo-double11, decision: answer, reply_contains: 5折}
            """)
        #expect(suite.failed == 1)
        let result = try #require(suite.results.first)
        #expect(result.location == SourceLocation(file: "tests/tests.yaml", line: 1, column: 3))
        #expect(result.turns[0].passed)
        let turn = result.turns[1]
        #expect(
            turn.mismatches == [
                ExpectationMismatch(field: "rule", expected: "promo-double11", actual: "wrong-reply"),
                ExpectationMismatch(field: "reply_contains", expected: "5折", actual: "亲,尺码表请看详情页第三张图~"),
            ])
        #expect(turn.traceSummary == "[answer · rule/wrong-reply]; rules: wrong-reply won, promo-double11 inactive")
    }

    @Test func anExpectationOfAnotherKindNamesTheWholeSource() throws {
        let suite = try suite(
            """
            - id: kinds
              turns:
                - buyer: 什么时候发货
                  expect: {rule: shipping-time}
            """)
        #expect(suite.results[0].turns[0].mismatches.map(\.actual) == ["faq/shipping-time"])
    }

    @Test func aPatternPicksTests() throws {
        #expect(try suite(Self.passing, pattern: "vip-*").results.map(\.id.rawValue) == ["vip-gift"])
        #expect(try suite(Self.passing, pattern: "ship").results.map(\.id.rawValue) == ["shipping"])
        #expect(try suite(Self.passing, pattern: "nothing*").results.isEmpty)
    }

    @Test func junitOutputParsesWithTheRightCounts() throws {
        let suite = try suite(
            Self.passing + """

                - id: broken
                  turns:
                    - buyer: "有什么活动吗 <&> \\"quoted\\""
                      expect: {rule: promo-double11}
                """)
        let xml = suite.junitXML(suiteName: "shop & co")
        let reader = JUnitReader()
        let parser = XMLParser(data: Data(xml.utf8))
        parser.delegate = reader
        #expect(parser.parse(), "\(parser.parserError.map { "\($0)" } ?? "")")
        #expect(reader.suites == [["name": "shop & co", "tests": "3", "failures": "1"]])
        #expect(reader.cases == ["broken", "shipping", "vip-gift"])
        #expect(reader.failures.count == 1)
        #expect(reader.failures.first?.contains("expected promo-double11, got wrong-reply") == true)
    }
}

/// Collects what a CI system reads from JUnit XML.
private final class JUnitReader: NSObject, XMLParserDelegate {
    var suites: [[String: String]] = []
    var cases: [String] = []
    var failures: [String] = []

    func parser(
        _ parser: XMLParser, didStartElement element: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        switch element {
        case "testsuite": suites.append(attributes)
        case "testcase": cases.append(attributes["name"] ?? "")
        case "failure": failures.append(attributes["message"] ?? "")
        default: break
        }
    }
}
