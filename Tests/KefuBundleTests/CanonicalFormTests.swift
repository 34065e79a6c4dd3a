import Foundation
import KefuBundle
import KefuCore
import KefuTestSupport
import Testing

@Suite struct CanonicalFormTests {
    private func hashes(_ files: [String: String]) throws -> [ItemKey: ContentHash] {
        let folder = try TemporaryFolder()
        try folder.write(files)
        let bundle = try BundleLoader().loadBundle(at: folder.url)
        return bundle.items.mapValues(CanonicalForm.hash(of:))
    }

    private var original: [String: String] { BundleFixtures.complete }

    @Test func reformattingChangesNoHash() throws {
        var reformatted = original
        reformatted["faq/logistics.yaml"] = """
            # Reformatted by hand: block lists, quotes, other key order, comments, CRLF.\r
            - answer: "亲,付款后48小时内发货,大促期间72小时内~"\r
              id: shipping-time   # the id need not come first\r
              tags:\r
                - presale\r
              similar:\r
                - 多久发货\r
                - '几天能发出'\r
                - 下单后多久寄出\r
                - "什么时候寄"\r
              question: "  什么时候发货?  "\r
              active:\r
                until: 2026-11-30\r
                from: 2026-11-01\r
              intent: logistics\r
            - {id: where-is-my-order, question: 我的快递到哪了, similar: [查物流, 物流信息], answer: {template: logistics}, intent: logistics}\r

            """
        reformatted["rules/promo.yaml"] = """
            - id: promo-double11
              keywords: [活动, 优惠, 满减]
              all: []
              exclude: [退款, 退货]
              reply: 本店满200减20,满500减60~
              priority: "10"
              intent: presale
              when:
                buyer_tags: [vip]
              active: {from: 2026-11-01, until: 2026-11-12}
            """
        #expect(try hashes(reformatted) == hashes(original))
    }

    @Test func reorderingAndMovingItemsChangesNoHash() throws {
        var moved = original
        // The two FAQ entries swap places, and one moves to a new file in a subfolder.
        let entries = BundleFixtures.faq.components(separatedBy: "- id: where-is-my-order")
        moved["faq/logistics.yaml"] = entries[0]
        moved["faq/after-sale/tracking.yaml"] = "- id: where-is-my-order" + entries[1]
        let templates = BundleFixtures.templates.components(separatedBy: "- id: fallback")
        moved["templates/standard.yaml"] = "- id: fallback" + templates[1] + templates[0]
        #expect(try hashes(moved) == hashes(original))
    }

    @Test func anyChangeOfMeaningChangesTheHash() throws {
        var edited = original
        edited["faq/logistics.yaml"] = BundleFixtures.faq.replacingOccurrences(of: "48小时", with: "24小时")
        let before = try hashes(original)
        let after = try hashes(edited)
        let shipping = ItemKey(parsing: "faq/shipping-time")
        #expect(before[try #require(shipping)] != after[try #require(shipping)])
        #expect(before.filter { $0.key != shipping } == after.filter { $0.key != shipping })
    }

    @Test func canonicalTextReadsBackToTheSameItem() throws {
        let folder = try TemporaryFolder()
        try folder.write(original)
        let bundle = try BundleLoader().loadBundle(at: folder.url)
        for item in bundle.items.values {
            let text = CanonicalForm.text(of: item)
            let read = try CanonicalForm.item(kind: item.key.kind, canonical: text)
            #expect(read.hasSameContent(as: item))
            #expect(CanonicalForm.hash(of: read) == CanonicalForm.hash(of: item))
        }
    }

    @Test func theHashIsSHA256OfTheCanonicalJSON() throws {
        let item = BundleItem(
            key: try #require(ItemKey(parsing: "rule/r1")), fields: ["keywords": ["a"], "reply": "b"])
        #expect(CanonicalForm.text(of: item) == #"{"id":"r1","keywords":["a"],"reply":"b"}"#)
        // printf '{"id":"r1","keywords":["a"],"reply":"b"}' | sha256sum
        #expect(CanonicalForm.hash(of: item).hex == "902754b54b8794e4b1eab34118555f419dcd9155d7418e889af74bbeff8a6fb8")
        #expect(
            CanonicalForm.hash(of: item) == CanonicalForm.hash(ofCanonical: Data(CanonicalForm.text(of: item).utf8)))
    }
}
