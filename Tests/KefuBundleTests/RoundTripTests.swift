import Foundation
import KefuBundle
import KefuCore
import KefuTestSupport
import Testing

@Suite struct RoundTripTests {
    /// Load a folder, write it back into another folder, and load that.
    private func roundTrip(_ source: URL, into target: URL) throws -> (LoadedBundle, LoadedBundle, [String: String]) {
        let first = try BundleLoader().loadBundle(at: source)
        let files = try BundleWriter().render(manifest: first.manifest, items: first.items, filedAs: first.files)
        try BundleWriter().write(files, to: target)
        let second = try BundleLoader().loadBundle(at: target)
        return (first, second, files)
    }

    @Test func loadWriteLoadGivesEqualItemsAndIdenticalFiles() throws {
        let original = try TemporaryFolder()
        try original.write(BundleFixtures.complete)
        let once = try TemporaryFolder()
        let twice = try TemporaryFolder()

        let (first, second, files) = try roundTrip(original.url, into: once.url)
        #expect(Set(first.items.keys) == Set(second.items.keys))
        for (key, item) in first.items {
            #expect(second.items[key]?.hasSameContent(as: item) == true, "\(key)")
        }
        #expect(second.manifest.bundleID == first.manifest.bundleID)
        #expect(second.manifest.version == 7)

        let (_, third, filesAgain) = try roundTrip(once.url, into: twice.url)
        #expect(filesAgain == files)
        #expect(try once.snapshot() == twice.snapshot())
        #expect(third.files.map(\.path) == first.files.map(\.path))
    }

    @Test func itemsStayInTheirFileAndOrderAndKeepTheHeader() throws {
        let folder = try TemporaryFolder()
        try folder.write(BundleFixtures.complete)
        let bundle = try BundleLoader().loadBundle(at: folder.url)
        let files = try BundleWriter().render(manifest: bundle.manifest, items: bundle.items, filedAs: bundle.files)
        let faq = try #require(files["faq/logistics.yaml"])
        #expect(faq.hasPrefix("# Logistics questions.\n\n- id: shipping-time\n"))
        #expect(
            try #require(faq.range(of: "shipping-time")).lowerBound
                < #require(faq.range(of: "where-is-my-order")).lowerBound)
        #expect(faq.contains("  similar: [多久发货, 几天能发出, 下单后多久寄出, 什么时候寄]\n"))
        #expect(faq.contains("  active: {from: 2026-11-01, until: 2026-11-30}\n"))
        #expect(faq.contains("  answer: {template: logistics}\n"))
    }

    @Test func newItemsGoToTheirKindsDefaultFileSortedByID() throws {
        let folder = try TemporaryFolder()
        try folder.write(BundleFixtures.complete)
        var bundle = try BundleLoader().loadBundle(at: folder.url)
        for id in ["zeta", "alpha"] {
            let key = ItemKey(kind: .faq, id: try #require(ItemID(id)))
            bundle.items[key] = BundleItem(key: key, fields: ["question": .text(id), "answer": "a"])
        }
        let plan = BundleWriter().plan(items: bundle.items, filedAs: bundle.files)
        let newFile = try #require(plan.first { $0.path == ItemKind.faq.defaultFile })
        #expect(newFile.items.map(\.id.rawValue) == ["alpha", "zeta"])
        #expect(plan.first { $0.path == "faq/logistics.yaml" }?.items.count == 2)
    }

    @Test func textsThatLookLikeOtherTypesStayTexts() throws {
        let key = try #require(ItemKey(parsing: "faq/odd-texts"))
        let fields: [String: FieldValue] = [
            "question": "12315", "similar": ["yes", "null", "2026-11-01", "~", "a: b", "- dash", "#hash"],
            "answer": "第一行\n第二行",
        ]
        let item = BundleItem(key: key, fields: fields)
        let folder = try TemporaryFolder()
        try folder.write(BundleFixtures.complete)
        var bundle = try BundleLoader().loadBundle(at: folder.url)
        bundle.items[key] = item
        let files = try BundleWriter().render(manifest: bundle.manifest, items: bundle.items, filedAs: bundle.files)
        try BundleWriter().write(files, to: folder.url)
        let reread = try BundleLoader().loadBundle(at: folder.url)
        #expect(reread.items[key]?.fields == fields)
    }
}
