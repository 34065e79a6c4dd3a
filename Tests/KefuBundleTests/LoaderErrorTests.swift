import Foundation
import KefuBundle
import KefuCore
import KefuTestSupport
import Testing

/// Every class of bad input is reported with its exact place, and nothing is loaded.
@Suite struct LoaderErrorTests {
    private func diagnostics(_ path: String, _ marked: MarkedText, extra: [String: String] = [:]) throws -> [String] {
        var files = BundleFixtures.complete
        files[path] = marked.text
        files.merge(extra) { _, new in new }
        let folder = try TemporaryFolder()
        try folder.write(files)
        do {
            _ = try BundleLoader().loadBundle(at: folder.url)
            Issue.record("the bundle loaded although it is broken")
            return []
        } catch let error as DiagnosticsError {
            return error.diagnostics.map { $0.rendered(in: .english) }
        }
    }

    @Test func malformedYAML() throws {
        let text = MarkedText(
            """
            - id: a
              question: ⟦1⟧"unterminated
            - id: b
            ⟦2⟧
            """)
        let found = try diagnostics("faq/broken.yaml", text)
        #expect(
            found == [
                "\(text.location("2", in: "faq/broken.yaml")): error: YAML syntax error: found unexpected end of stream "
                    + "while scanning a quoted scalar that began at \(text.marks["1"]?.line ?? 0):\(text.marks["1"]?.column ?? 0)"
            ])
    }

    @Test func wrongTypes() throws {
        let faqText = MarkedText(
            """
            - id: a
              question: 多久发货
              similar: ⟦1⟧多久能发
              answer: ok
            """)
        #expect(
            try diagnostics("faq/a.yaml", faqText) == [
                "\(faqText.location("1", in: "faq/a.yaml")): error: 'similar' must be a list like [a, b]"
            ])
        let ruleText = MarkedText(
            """
            - id: b
              keywords: [x]
              reply: y
              priority: ⟦2⟧high
            """)
        #expect(
            try diagnostics("rules/a.yaml", ruleText) == [
                "\(ruleText.location("2", in: "rules/a.yaml")): error: 'priority' must be a whole number"
            ])
    }

    @Test func missingRequiredField() throws {
        let text = MarkedText(
            """
            - ⟦1⟧id: a
              question: 多久发货
            - id: b
              question: 几天到
              ⟦2⟧answer:
            """)
        let found = try diagnostics("faq/a.yaml", text)
        #expect(
            found == [
                "\(text.location("1", in: "faq/a.yaml")): error: missing required field 'answer'; add it to this item",
                "\(text.location("2", in: "faq/a.yaml")): error: missing required field 'answer'; add it to this item",
            ])
    }

    @Test func duplicateIDsNameBothPlaces() throws {
        let first = MarkedText(
            """
            - ⟦1⟧id: shipping-time
              question: 什么时候发货
              answer: 48小时内
            """)
        let second = MarkedText(
            """
            - id: other
              question: x
              answer: y
            - ⟦2⟧id: shipping-time
              question: 几天发货
              answer: 两天
            """)
        var files = BundleFixtures.complete
        files["faq/logistics.yaml"] = first.text
        files["faq/more.yaml"] = second.text
        let folder = try TemporaryFolder()
        try folder.write(files)
        #expect {
            try BundleLoader().loadBundle(at: folder.url)
        } throws: { error in
            let rendered = (error as? DiagnosticsError)?.diagnostics.map { $0.rendered(in: .english) }
            return rendered == [
                "\(second.location("2", in: "faq/more.yaml")): error: duplicate id 'shipping-time': also defined at "
                    + "\(first.location("1", in: "faq/logistics.yaml")); ids must be unique within a kind"
            ]
        }
    }

    @Test func unknownKeysSuggestTheFieldMeant() throws {
        let text = MarkedText(
            """
            - id: a
              ⟦1⟧qeustion: 多久发货
              question: 多久发货
              answer: ok
              ⟦2⟧colour: red
            """)
        let found = try diagnostics("faq/a.yaml", text)
        #expect(
            found == [
                "\(text.location("1", in: "faq/a.yaml")): error: unknown field 'qeustion'; did you mean 'question'?",
                "\(text.location("2", in: "faq/a.yaml")): error: unknown field 'colour'; this item may have: question, similar, answer, intent, tags, active",
            ])
    }

    @Test func invalidIDs() throws {
        let text = MarkedText(
            """
            - id: ⟦1⟧Shipping Time
              question: 多久发货
              answer: ok
            - ⟦2⟧question: 没有 id
              answer: ok
            """)
        let found = try diagnostics("faq/a.yaml", text)
        #expect(found.count == 2)
        #expect(found[0].hasPrefix("\(text.location("1", in: "faq/a.yaml")): error: 'Shipping Time' is not a valid id"))
        #expect(
            found[1]
                == "\(text.location("2", in: "faq/a.yaml")): error: this item has no 'id'; add one such as 'id: shipping-time'"
        )
    }

    @Test func duplicateKeysInOneMapping() throws {
        let text = MarkedText(
            """
            - id: a
              ⟦1⟧question: 多久发货
              answer: ok
              question: 几天发货
            """)
        let found = try diagnostics("faq/a.yaml", text)
        #expect(
            found == [
                "\(text.location("1", in: "faq/a.yaml")): error: the key 'question' appears twice in this mapping; keep one"
            ])
    }

    @Test func invalidUTF8IsLocated() throws {
        var files = BundleFixtures.complete
        files["faq/logistics.yaml"] = nil
        let folder = try TemporaryFolder()
        try folder.write(files)
        var bytes = Data("- id: a\n  question: 发货".utf8)
        bytes.append(contentsOf: [0xE5, 0x8F])  // a truncated three-byte sequence
        bytes.append(Data("\n  answer: ok\n".utf8))
        try folder.write(bytes, to: "faq/latin.yaml")
        #expect {
            try BundleLoader().loadBundle(at: folder.url)
        } throws: { error in
            (error as? DiagnosticsError)?.diagnostics.map { $0.rendered(in: .english) }
                == ["faq/latin.yaml:2:15: error: the file is not valid UTF-8 here; save it as UTF-8"]
        }
    }

    @Test func filesOverTheSizeLimitAreNotRead() throws {
        let folder = try TemporaryFolder()
        try folder.write(BundleFixtures.complete)
        try folder.write(Data(repeating: UInt8(ascii: "#"), count: BundleLayout.fileSizeLimit + 1), to: "faq/huge.yaml")
        #expect {
            try BundleLoader().loadBundle(at: folder.url)
        } throws: { error in
            (error as? DiagnosticsError)?.diagnostics.map { $0.rendered(in: .english) }
                == ["faq/huge.yaml:1:1: error: file is larger than 8 MB; split it into smaller files"]
        }
    }

    @Test func aFileThatIsNotAListOfItems() throws {
        let text = MarkedText(
            """
            ⟦1⟧id: a
            question: 多久发货
            answer: ok
            """)
        let found = try diagnostics("faq/a.yaml", text)
        #expect(
            found == [
                "\(text.location("1", in: "faq/a.yaml")): error: this file must be a list of faq items, each starting with '- id:'"
            ])
    }

    @Test func manifestProblems() throws {
        let text = MarkedText(
            """
            ⟦0⟧format: ⟦1⟧2
            id: ⟦2⟧not-a-uuid
            name: 店
            platform: ⟦3⟧jd
            ⟦4⟧fallbak: fallback

            """)
        let found = try diagnostics("bundle.yaml", text)
        #expect(
            found == [
                "\(text.location("0", in: "bundle.yaml")): error: missing required field 'fallback'; add it to this item",
                "\(text.location("1", in: "bundle.yaml")): error: format 2 is not supported; this kefu reads format 1",
                "\(text.location("2", in: "bundle.yaml")): error: 'id' must be the bundle's UUID (written by 'kefu init'), not 'not-a-uuid'",
                "\(text.location("3", in: "bundle.yaml")): error: 'platform' is 'jd', but must be one of: taobao | tmall | 1688 | douyin | aliexpress | generic",
                "\(text.location("4", in: "bundle.yaml")): error: unknown field 'fallbak'; did you mean 'fallback'?",
            ])
    }

    @Test func aFolderWithoutManifestIsNotABundle() throws {
        let folder = try TemporaryFolder()
        try folder.write(["faq/a.yaml": BundleFixtures.faq])
        #expect(throws: DiagnosticsError.self) { try BundleLoader().loadBundle(at: folder.url) }
    }

    @Test func everyProblemInEveryFileIsReportedAtOnce() throws {
        var files = BundleFixtures.complete
        files["faq/a.yaml"] = "- id: a\n  question: q\n"
        files["rules/b.yaml"] = "- id: b\n  keywords: x\n  reply: y\n"
        files["agents.yaml"] = "- id: c\n"
        let folder = try TemporaryFolder()
        try folder.write(files)
        #expect {
            try BundleLoader().loadBundle(at: folder.url)
        } throws: { error in
            let files = Set((error as? DiagnosticsError)?.diagnostics.compactMap(\.location?.file) ?? [])
            return files == ["faq/a.yaml", "rules/b.yaml", "agents.yaml"]
        }
    }

    @Test func misspeltFoldersAreWarnedAbout() throws {
        let folder = try TemporaryFolder()
        var files = BundleFixtures.complete
        files["rule/promo.yaml"] = BundleFixtures.rules
        try folder.write(files)
        let bundle = try BundleLoader().loadBundle(at: folder.url)
        #expect(
            bundle.warnings.map { $0.rendered(in: .english) } == [
                "rule/:1:1: warning: 'rule/' is not part of the bundle layout and its files are ignored; did you mean 'rules/'?"
            ])
    }
}
