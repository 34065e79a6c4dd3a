import Foundation
import KefuTestSupport
import Testing

@Suite struct CheckCommandTests {
    private func bundle(_ overrides: [String: String] = [:]) throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        var files = BundleFixtures.complete
        files.merge(overrides) { _, new in new }
        try folder.write(files)
        return folder
    }

    /// 3,000 nested sections (54 KB) once passed sync and crashed `check` and the first reply that used
    /// them (a stack overflow in the Mustache parser); a 1 KB alias bomb took `check` 40 s and 2 GB.
    /// Both are now located errors, and the store does not change.
    @Test func aTemplateBombAndAnAliasBombAreRefusedNotRun() throws {
        let deep = String(repeating: "{{#shop}}", count: 3_000) + "亲" + String(repeating: "{{/shop}}", count: 3_000)
        let folder = try bundle()
        #expect(try KefuBinary.run(["sync"], in: folder.url).status == 0)
        let stored = try StoreContents(bundle: folder.url)
        try folder.write(["templates/deep.yaml": "- id: deep\n  text: \"\(deep)\"\n"])
        for command in ["check", "sync"] {
            let result = try KefuBinary.run([command], in: folder.url)
            #expect(result.status == 65, "\(command): \(result.standardError)")
            // 54 KB: over the size budget before the depth is even counted.
            #expect(result.standardError.contains("templates/deep.yaml:2:9: error: a reply text is larger than 16 KB"))
        }
        // Nine levels of nine aliases each: 387 million values from under a kilobyte.
        var bomb = "- id: bomb\n  question: 有吗\n  answer: 有\n  tags: &l0 [哈, 哈, 哈, 哈, 哈, 哈, 哈, 哈, 哈]\n"
        for level in 1...9 {
            bomb +=
                "  x\(level): &l\(level) [\(Array(repeating: "*l\(level - 1)", count: 9).joined(separator: ", "))]\n"
        }
        try FileManager.default.removeItem(at: folder.url.appending(path: "templates/deep.yaml"))
        try folder.write(["faq/bomb.yaml": bomb])
        for command in ["check", "sync"] {
            let result = try KefuBinary.run([command], in: folder.url)
            #expect(result.status == 65, "\(command): \(result.standardError)")
            #expect(result.standardError.contains("faq/bomb.yaml:1:1: error: the YAML expands to more than"))
        }
        #expect(try StoreContents(bundle: folder.url) == stored)
    }

    @Test func aMalformedFileExits65WithItsPlace() throws {
        let faq = MarkedText(
            """
            - id: shipping-time
              question: 什么时候发货
              ⟦1⟧anwser: 48小时内
            """)
        let folder = try bundle(["faq/logistics.yaml": faq.text])
        let result = try KefuBinary.run(["check"], in: folder.url)
        #expect(result.status == 65)
        #expect(
            result.standardError.contains(
                "\(faq.location("1", in: "faq/logistics.yaml")): error: unknown field 'anwser'; did you mean 'answer'?")
        )
        #expect(result.standardOutput.isEmpty)
    }

    /// Before: the parser's message quoted the offending line whole (a 7.2 MB line gave 12.8 MB on stderr).
    @Test func aYAMLErrorOnAHugeLineIsExcerpted() throws {
        let line = "  answer: \"" + String(repeating: "y", count: 2_000_000) + "\u{07}z\""
        let folder = try bundle(["faq/logistics.yaml": "- id: shipping-time\n  question: 什么时候发货\n" + line + "\n"])
        let result = try KefuBinary.run(["check"], in: folder.url)
        #expect(result.status == 65)
        #expect(result.standardError.contains("faq/logistics.yaml"))
        #expect(result.standardError.contains("control characters are not allowed"))
        #expect(result.standardError.utf8.count < 1_000, "\(result.standardError.utf8.count) bytes")
    }

    /// Before: a full-width colon gave "could not find expected ':' while scanning a simple key" at the next
    /// line, and a tab "found character that cannot start any token".
    @Test(arguments: [
        (
            "- id: wash\n  question：可以机洗吗?\n  answer: 可以~\n",
            "faq/logistics.yaml:2:11: error: 'question' is followed by a full-width colon '：'; YAML needs an ASCII colon and a space: 'question: '"
        ),
        (
            "- id: wash\n  question: 可以机洗吗?\n\tanswer: 可以~\n",
            "faq/logistics.yaml:3:1: error: this line is indented with a tab; YAML indents with spaces only"
        ),
    ])
    func aSellersYAMLMistakeIsNamedWhereItIs(_ text: String, _ expected: String) throws {
        let folder = try bundle(["faq/logistics.yaml": text])
        let result = try KefuBinary.run(["check"], in: folder.url)
        #expect(result.status == 65)
        #expect(result.standardError.contains(expected), "\(result.standardError)")
    }

    /// Before: both parsed without a word, as one similar question "多久发货，几天发出" and a question that keeps
    /// its curly quotes. A full-width comma inside an item of a list that also uses ASCII commas, or of a
    /// list written one item a line, is text.
    @Test func fullWidthCommasAndCurlyQuotesThatParseAsTextAreWarnedAbout() throws {
        let folder = try bundle([
            "faq/logistics.yaml": """
            - id: ship
              question: 什么时候发货
              similar: [多久发货，几天发出]
              answer: 亲,48小时内发货~
            - id: fee
              question: “包邮吗”
              similar: [亲，包邮吗, 运费多少]
              answer: 亲，全国包邮~
            - id: hello
              question: 在吗
              similar:
                - 亲，在吗
              answer: 亲,在的~
            """
        ])
        let result = try KefuBinary.run(["check"], in: folder.url)
        let lines = result.standardError.split(separator: "\n").filter {
            $0.hasPrefix("faq/logistics.yaml") && !$0.contains("[K")
        }
        #expect(
            lines == [
                "faq/logistics.yaml:3:13: warning: this list is one item ('多久发货，…'): YAML separates items with an ASCII comma and a space; write [a, b], not [a，b]",
                "faq/logistics.yaml:6:13: warning: the value of 'question' is wrapped in “”, which YAML keeps as part of the text; use ASCII quotes \"…\", or none",
            ], "\(result.standardError)")
    }

    @Test func contradictionsBetweenItemsExit1() throws {
        let folder = try bundle(["rules/promo.yaml": "- id: r\n  keywords: [尺码]\n  reply: {template: size-chart}\n"])
        let result = try KefuBinary.run(["check"], in: folder.url)
        #expect(result.status == 1)
        #expect(
            result.standardError.contains(
                "rules/promo.yaml:3:3: error: 'reply' names template 'size-chart', which does not exist; add it under templates/ or fix the name [K107]\n"
            ))
        #expect(result.standardOutput.hasPrefix("1 error, "))
    }

    @Test func jsonOutputCarriesEveryDiagnostic() throws {
        let folder = try bundle(["agents.yaml": "- id: xiaowang\n  name: 小王\n  hours: 9-23\n"])
        let result = try KefuBinary.run(["check", "--json"], in: folder.url)
        #expect(result.status == 65)
        let json = try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any]
        let diagnostics = json?["diagnostics"] as? [[String: Any]]
        #expect(diagnostics?.count == 1)
        #expect(diagnostics?.first?["file"] as? String == "agents.yaml")
        #expect(diagnostics?.first?["line"] as? Int == 3)
        #expect(diagnostics?.first?["column"] as? Int == 10)
        #expect(diagnostics?.first?["severity"] as? String == "error")
    }

    @Test func messagesFollowTheLanguage() throws {
        let folder = try bundle(["faq/logistics.yaml": "- id: a\n  question: 多久发货\n"])
        let chinese = try KefuBinary.run(["check"], in: folder.url, environment: ["LANG": "zh_CN.UTF-8"])
        #expect(chinese.standardError.contains("缺少必填字段“answer”"))
        let english = try KefuBinary.run(
            ["check", "--lang", "en"], in: folder.url, environment: ["LANG": "zh_CN.UTF-8"])
        #expect(english.standardError.contains("missing required field 'answer'"))
    }

    @Test func checkWorksFromASubfolderAndWithDashC() throws {
        let folder = try bundle()
        let inside = try KefuBinary.run(["check"], in: folder.url.appending(path: "faq"))
        #expect(inside.status == 0)
        let elsewhere = try TemporaryFolder()
        let pointed = try KefuBinary.run(["-C", folder.url.path, "check"], in: elsewhere.url)
        #expect(pointed.status == 0, "\(pointed.standardError)")
    }

    @Test func outsideABundleSaysHowToStartOne() throws {
        let folder = try TemporaryFolder()
        let result = try KefuBinary.run(["check"], in: folder.url)
        #expect(result.status == 65)
        #expect(result.standardError.contains("run 'kefu init' to create one"))
    }

    @Test func badInputNeverChangesTheStoreOrTheFiles() throws {
        let folder = try TemporaryFolder()
        #expect(try KefuBinary.run(["init"], in: folder.url).status == 0)
        try folder.write(["faq/faq.yaml": "- id: a\n  question: [unclosed\n"])
        let storeBefore = try StoreContents(bundle: folder.url)
        let filesBefore = try folder.snapshot()
        #expect(try KefuBinary.run(["check"], in: folder.url).status == 65)
        #expect(try KefuBinary.run(["show", "faq/a"], in: folder.url).status == 1)
        #expect(try StoreContents(bundle: folder.url) == storeBefore)
        #expect(try folder.snapshot() == filesBefore)
    }
}
