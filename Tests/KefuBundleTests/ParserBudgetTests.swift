import Foundation
import KefuBundle
import KefuCore
import KefuTestSupport
import Testing

/// Every parser has a budget: a YAML file cannot expand through aliases into more values than it has
/// bytes (plus a few thousand), and a reply text cannot nest sections deeper than a seller's template
/// ever does, or grow past a chat reply's size. Over a budget is a located error at load, so `sync`,
/// `import`, `pull` and `check` refuse it before anything parses or renders it.
@Suite struct ParserBudgetTests {
    private func load(_ extra: [String: String]) throws -> [String] {
        let folder = try TemporaryFolder()
        try folder.write(BundleFixtures.complete.merging(extra) { _, new in new })
        do {
            _ = try BundleLoader().loadBundle(at: folder.url)
            return []
        } catch let error as DiagnosticsError {
            return error.diagnostics.map { $0.rendered(in: .english) }
        }
    }

    /// The "billion laughs": each level's list repeats the one before it nine times.
    static func aliasBomb(levels: Int) -> String {
        var lines = ["- id: bomb", "  question: 有吗", "  answer: 有", "  tags: &l0 [哈, 哈, 哈, 哈, 哈, 哈, 哈, 哈, 哈]"]
        for level in 1...levels {
            let previous = Array(repeating: "*l\(level - 1)", count: 9).joined(separator: ", ")
            lines.append("  x\(level): &l\(level) [\(previous)]")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    @Test func anAliasBombIsRefusedWithItsFile() throws {
        let text = Self.aliasBomb(levels: 9)
        #expect(text.utf8.count < 1_000)
        let found = try load(["faq/bomb.yaml": text])
        #expect(
            found == [
                "faq/bomb.yaml:1:1: error: the YAML expands to more than \(text.utf8.count + 10_000) values through "
                    + "its aliases (*name); write the values out instead"
            ])
    }

    @Test func aFewAliasesStillLoad() throws {
        let text = """
            - id: shipping
              question: 什么时候发货
              similar: &common [多久发货, 几天发货]
              answer: 48小时内
            - id: shipping-again
              question: 发货要多久
              similar: *common
              answer: 48小时内

            """
        #expect(try load(["faq/aliases.yaml": text]) == [])
    }

    static func nested(_ depth: Int) -> String {
        String(repeating: "{{#shop}}", count: depth) + "亲" + String(repeating: "{{/shop}}", count: depth)
    }

    @Test(arguments: [17, 800])
    func sectionsNestedTooDeepAreRefusedWhereTheyAre(depth: Int) throws {
        let found = try load(["templates/deep.yaml": "- id: deep\n  text: \"\(Self.nested(depth))\"\n"])
        #expect(
            found == ["templates/deep.yaml:2:9: error: more than 16 sections inside one another; flatten the template"])
    }

    @Test func sixteenLevelsLoad() throws {
        #expect(try load(["templates/deep.yaml": "- id: deep\n  text: \"\(Self.nested(16))\"\n"]) == [])
    }

    @Test func changedDelimitersAndHugeRepliesAreRefused() throws {
        let delimiters = try load([
            "templates/tricky.yaml": "- id: tricky\n  text:\n    zh-CN: \"{{=<% %>=}}<%#shop%>亲<%/shop%>\"\n"
        ])
        #expect(
            delimiters == [
                "templates/tricky.yaml:3:12: error: changing Mustache delimiters ({{=…=}}) is not supported; use {{ and }}"
            ])
        let huge = try load([
            "faq/huge.yaml": "- id: huge\n  question: 大吗\n  answer: \(String(repeating: "很大", count: 6_000))\n"
        ])
        #expect(
            huge == [
                "faq/huge.yaml:3:11: error: a reply text is larger than 16 KB; shorten it or split it into several replies"
            ])
    }
}
