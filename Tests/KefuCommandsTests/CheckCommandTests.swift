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

    @Test func contradictionsBetweenItemsExit1() throws {
        let folder = try bundle(["rules/promo.yaml": "- id: r\n  keywords: [尺码]\n  reply: {template: size-chart}\n"])
        let result = try KefuBinary.run(["check"], in: folder.url)
        #expect(result.status == 1)
        #expect(
            result.standardError.contains(
                "rules/promo.yaml:3:3: error: 'reply' names template 'size-chart', which does not exist; add it under templates/ or fix the name [K107]\n"
            ))
        #expect(result.standardOutput.hasPrefix("1 errors, "))
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
