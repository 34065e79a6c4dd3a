import KefuBundle
import KefuCore
import KefuTestSupport
import Testing

@Suite struct BundleValidatorTests {
    private func validate(_ overrides: [String: String]) throws -> [String] {
        var files = BundleFixtures.complete
        files.merge(overrides) { _, new in new }
        let folder = try TemporaryFolder()
        try folder.write(files)
        return BundleValidator().validate(try BundleLoader().loadBundle(at: folder.url)).map {
            $0.rendered(in: .english)
        }
    }

    @Test func aCompleteBundleIsValid() throws {
        #expect(try validate([:]) == [])
    }

    @Test func repliesMustNameExistingTemplates() throws {
        let faq = MarkedText(
            BundleFixtures.faq + """
                - id: a
                  question: 查物流
                  ⟦1⟧answer: {template: tracking}
                """)
        #expect(
            try validate(["faq/logistics.yaml": faq.text]) == [
                "\(faq.location("1", in: "faq/logistics.yaml")): error: 'answer' names template 'tracking', which does not exist; add it under templates/ or fix the name [K107]"
            ])
    }

    @Test func theFallbackMustExist() throws {
        let manifest = MarkedText(
            BundleFixtures.manifest.replacingOccurrences(of: "fallback: fallback", with: "⟦1⟧fallback: sorry"))
        #expect(
            try validate(["bundle.yaml": manifest.text]) == [
                "\(manifest.location("1", in: "bundle.yaml")): error: 'fallback' names template 'sorry', which does not exist; add it under templates/ or fix the name [K107]"
            ])
    }

    @Test func templateTextsMustParseAsMustache() throws {
        let templates = MarkedText(
            BundleFixtures.templates + """
                - id: broken
                  ⟦1⟧text: "订单{{#order}}{{order.id}}"

                """)
        let found = try validate(["templates/standard.yaml": templates.text])
        #expect(found.count == 1)
        #expect(
            found.first?.hasPrefix(
                "\(templates.location("1", in: "templates/standard.yaml")): error: template text for broken does not parse"
            ) == true)
    }

    @Test func testsMustExpectExistingItems() throws {
        let tests = MarkedText(
            """
            - id: t
              ⟦1⟧turns:
                - buyer: 多久发货
                  expect: {faq: shiping-time}
            """)
        #expect(
            try validate(["tests/basics.yaml": tests.text]) == [
                "\(tests.location("1", in: "tests/basics.yaml")): error: this test expects faq 'shiping-time', which does not exist"
            ])
    }
}
