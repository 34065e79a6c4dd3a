import Foundation
import KefuCore
import KefuEngine

#if canImport(Glibc)
    import Glibc
#endif

/// `kefu test`: the bundle's conversation tests run through one engine, and the FAQs and rules that
/// no test reached.
public struct ConversationSuite: Sendable {
    public var results: [ConversationTestResult]
    /// FAQs and rules that answered no turn of any test that ran, with where they are written.
    public var uncovered: [SourceReference]

    public var passed: Int { results.filter(\.passed).count }
    public var failed: Int { results.count - passed }

    /// Runs the tests among `records` whose id matches `pattern` (a glob such as `size-*`, or any part
    /// of the id), in id order.
    public static func run(
        records: [ContentRecord], engine: Engine, shop: any ShopData, pattern: String? = nil, now: Date = Date(),
        timeZone: TimeZone = .current
    ) throws -> ConversationSuite {
        let tests = try EngineContent.decode(records, kind: .test, as: ConversationTest.self)
            .sorted { $0.item.id < $1.item.id }.filter { test in
                pattern.map { matches(test.item.id.rawValue, $0) } ?? true
            }
        let runner = ConversationRunner(engine: engine, shop: shop, now: now, timeZone: timeZone)
        let results = tests.map(runner.run)
        let reached = Set(results.flatMap(\.turns).compactMap(\.reply.source?.label))
        let content = engine.content
        let items =
            content.faqs.map { SourceReference(kind: .faq, id: $0.item.id, location: $0.location) }
            + content.rules.map { SourceReference(kind: .rule, id: $0.item.id, location: $0.location) }
        return ConversationSuite(results: results, uncovered: items.filter { !reached.contains($0.label) })
    }

    static func matches(_ id: String, _ pattern: String) -> Bool {
        if pattern.contains(where: { "*?[".contains($0) }) { return fnmatch(pattern, id, 0) == 0 }
        return id.contains(pattern)
    }

    /// The results as JUnit XML, one test case per conversation, for CI systems.
    public func junitXML(suiteName: String = "kefu") -> String {
        var lines = [
            #"<?xml version="1.0" encoding="UTF-8"?>"#,
            #"<testsuites tests="\#(results.count)" failures="\#(failed)">"#,
            #"  <testsuite name="\#(XMLText.escaped(suiteName))" tests="\#(results.count)" failures="\#(failed)">"#,
        ]
        for result in results {
            let file = XMLText.escaped(result.location?.file ?? "tests")
            let name = XMLText.escaped(result.id.rawValue)
            let opening = #"    <testcase classname="\#(file)" name="\#(name)""#
            let failing = result.turns.filter { !$0.passed }
            guard let first = failing.first else {
                lines.append(opening + "/>")
                continue
            }
            lines.append(opening + ">")
            let summary = first.mismatches.map { "\($0.field): expected \($0.expected), got \($0.actual)" }
            let details = failing.map { turn in
                "turn \(turn.number) \(turn.buyer)\n"
                    + turn.mismatches.map { "  \($0.field): expected \($0.expected), got \($0.actual)" }.joined(
                        separator: "\n") + "\n  " + turn.traceSummary
            }
            lines.append(
                #"      <failure message="\#(XMLText.escaped("turn \(first.number): " + summary.joined(separator: "; ")))">"#
                    + XMLText.escaped(details.joined(separator: "\n")) + "</failure>")
            lines.append("    </testcase>")
        }
        lines += ["  </testsuite>", "</testsuites>"]
        return lines.joined(separator: "\n") + "\n"
    }

}
