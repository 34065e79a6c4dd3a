import KefuCore
import Testing

@Suite struct ItemIDTests {
    @Test(arguments: ["shipping-time", "a", "0", "faq.v2", "size_chart", String(repeating: "a", count: 64)])
    func acceptsValidIDs(_ text: String) {
        #expect(ItemID(text)?.rawValue == text)
    }

    @Test(arguments: ["", "Shipping", "-lead", ".hidden", "has space", "发货", "a/b", String(repeating: "a", count: 65)])
    func rejectsInvalidIDs(_ text: String) {
        #expect(ItemID(text) == nil)
    }

    @Test func parsesItemKeys() {
        #expect(ItemKey(parsing: "faq/shipping-time")?.description == "faq/shipping-time")
        #expect(ItemKey(parsing: "bundle") == .bundleSettings)
        #expect(ItemKey(parsing: "faqs/shipping-time") == nil)
        #expect(ItemKey(parsing: "faq/") == nil)
        #expect(ItemKey(parsing: "shipping-time") == nil)
    }
}
