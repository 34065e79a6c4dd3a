import Foundation
import KefuArchive
import KefuBundle
import KefuCore
import KefuSync
import KefuTestSupport
import Testing

/// Bundles between shops, through the built binary.
@Suite struct ArchiveScenarioTests {
    static let faq = """
        - id: shipping-time
          question: 什么时候发货?
          similar: [多久发货]
          answer: 亲,48小时内发货~
          intent: logistics
        - id: size-chart
          question: 尺码怎么选?
          answer: {template: size-help}

        """
    static let templates = "- id: size-help\n  text: 报身高体重,客服帮您推荐尺码~\n"
    static let rules = "- id: promo\n  keywords: [活动, 优惠]\n  reply: 满200减20~\n  priority: 5\n"

    static func shop(_ name: String, content: Bool = true) throws -> TeamMember {
        let member = try TeamMember(name)
        try member.succeed(["init", member.root.path, "--preset", "taobao", "--name", name])
        if content {
            try member.write("faq/faq.yaml", faq)
            try member.write("templates/size.yaml", templates)
            try member.write("rules/rules.yaml", rules)
            try member.succeed(["sync"])
        }
        return member
    }

    /// The canonical form of every item in an archive, by key.
    static func canonicalItems(_ url: URL) throws -> [String: String] {
        let bundle = try BundleArchive.read(try Data(contentsOf: url)).bundle()
        return Dictionary(uniqueKeysWithValues: bundle.items.values.map { ("\($0.key)", CanonicalForm.text(of: $0)) })
    }

    @Test(arguments: ["tar.gz", "zip"])
    func exportImportExportGivesIdenticalItems(_ format: String) throws {
        let shopA = try Self.shop("shop-a")
        let first = shopA.folder.url.appending(path: "a.kefu")
        let exported = try shopA.succeed(["export", first.path, "--format", format])
        #expect(exported.standardOutput.hasPrefix("Exported 8 items to \(first.path) (\(format), version 2)."))
        #expect(
            try String(contentsOf: shopA.root.appending(path: "bundle.yaml"), encoding: .utf8).contains("version: 2"))

        let fresh = try TeamMember("fresh")
        try FileManager.default.createDirectory(at: fresh.root, withIntermediateDirectories: true)
        let imported = try fresh.succeed(["import", first.path])
        #expect(imported.standardOutput.contains("Created a new bundle from the archive in \(fresh.root.path)."))
        #expect(FileManager.default.fileExists(atPath: fresh.root.appending(path: "templates/size.yaml").path))
        let second = fresh.folder.url.appending(path: "b.kefu")
        try fresh.succeed(["export", second.path, "--format", format])
        #expect(try Self.canonicalItems(first) == Self.canonicalItems(second))
    }

    @Test func aShopMadeFromAnArchiveAddsEveryItemAndAgreesWithTheArchive() throws {
        let shopA = try Self.shop("shop-a")
        let archive = shopA.folder.url.appending(path: "a.kefu")
        try shopA.succeed(["export", archive.path])
        let fresh = try TeamMember("fresh")
        try FileManager.default.createDirectory(at: fresh.root, withIntermediateDirectories: true)
        let planned = try fresh.succeed(["import", archive.path, "--dry-run"])
        let created = try fresh.succeed(["import", archive.path])
        // What the dry run said is what was done: every item (the settings aside) added.
        #expect(planned.standardOutput.contains("7 added, 0 changed, 0 merged, 0 conflicting, 0 unchanged"))
        #expect(created.standardOutput.contains("7 added, 0 changed, 0 merged, 0 conflicting, 0 unchanged"))
        // The new store remembers the archive as agreed: the same archive again changes nothing.
        let again = try fresh.succeed(["import", archive.path])
        #expect(again.standardOutput.contains("0 added, 0 changed, 0 merged, 0 conflicting, 7 unchanged"))
        #expect(!again.standardOutput.contains("removed"))
        #expect(try fresh.succeed(["ask", "多久发货"]).standardOutput.contains("48小时内发货"))
    }

    @Test func twoShopsEditAndReimportWithoutLosingAnything() throws {
        let shopA = try Self.shop("shop-a")
        let shopB = try Self.shop("shop-b", content: false)
        let archive1 = shopA.folder.url.appending(path: "v1.kefu")
        try shopA.succeed(["export", archive1.path])
        let first = try shopB.succeed(["import", archive1.path])
        #expect(first.standardOutput.contains("4 added, 0 changed, 0 merged, 0 conflicting, 3 unchanged"))
        #expect(try shopB.field("bundle", "name") == "shop-b")

        // Independent edits on each side, and the same field edited on both.
        try shopA.edit("faq/faq.yaml", replacing: "48小时内发货", with: "24小时内发货")
        try shopA.edit("rules/rules.yaml", replacing: "满200减20~", with: "满300减40~")
        try shopA.succeed(["sync"])
        try shopB.edit("faq/faq.yaml", replacing: "intent: logistics", with: "intent: shipping")
        try shopB.edit("rules/rules.yaml", replacing: "满200减20~", with: "满200减25~")
        try shopB.succeed(["sync"])
        let archive2 = shopA.folder.url.appending(path: "v2.kefu")
        try shopA.succeed(["export", archive2.path])

        let dry = try shopB.succeed(["import", archive2.path, "--dry-run"])
        // Every item is named, the unchanged ones are counted, and no conflict file is said to exist.
        #expect(
            dry.standardOutput.contains(
                "an import would make: 0 added, 0 changed, 1 merged, 1 conflicting, 5 unchanged."))
        #expect(dry.standardOutput.contains("  merged faq/shipping-time (edits on both sides kept)"))
        #expect(
            dry.standardOutput.contains(
                "would conflict: rule/promo; the store would keep ours, and the import would write conflicts/rule-promo.yaml"
            ))
        #expect(!dry.standardOutput.contains("See conflicts/"))
        #expect(!FileManager.default.fileExists(atPath: shopB.root.appending(path: "conflicts").path))
        #expect(dry.standardOutput.contains("Dry run: nothing was changed."))
        #expect(try shopB.field("faq/shipping-time", "answer") == "亲,48小时内发货~")

        let second = try shopB.succeed(["import", archive2.path])
        #expect(second.standardOutput.contains("conflict: rule/promo"))
        #expect(try shopB.field("faq/shipping-time", "answer") == "亲,24小时内发货~")
        #expect(try shopB.field("faq/shipping-time", "intent") == "shipping")
        #expect(try shopB.field("rule/promo", "reply") == "满200减25~")
        let log = try shopB.succeed(["log", "rule/promo", "--json"]).standardOutput
        let revisions = try JSONSerialization.jsonObject(with: Data(log.utf8)) as? [[String: Any]] ?? []
        let theirs = try #require(revisions.first { $0["side"] as? String == "theirs" }?["revision"] as? Int)
        #expect(try shopB.succeed(["show", "rule/promo", "--rev", "\(theirs)"]).standardOutput.contains("满300减40~"))
        #expect(
            try shopB.kefu(["export", shopB.folder.url.appending(path: "b.kefu").path]).standardError.contains(
                "1 conflict is open"))
    }

    @Test func aFirstImportOfAnIdTheShopHasConflictsInsteadOfOverwriting() throws {
        let shopA = try Self.shop("shop-a")
        let shopB = try Self.shop("shop-b")
        try shopB.edit("faq/faq.yaml", replacing: "48小时内发货", with: "当天发货")
        try shopB.succeed(["sync"])
        let archive = shopA.folder.url.appending(path: "a.kefu")
        try shopA.succeed(["export", archive.path])
        let imported = try shopB.succeed(["import", archive.path])
        #expect(imported.standardOutput.contains("conflict: faq/shipping-time"))
        #expect(try shopB.field("faq/shipping-time", "answer") == "亲,当天发货~")
        let conflicts = try shopB.succeed(["conflicts"]).standardOutput
        #expect(conflicts.contains("faq/shipping-time (both-added) from archive-"))
    }

    @Test func asNewTakesTheItemsUnderNewIdsWithTheirReferences() throws {
        let shopA = try Self.shop("shop-a")
        let shopB = try Self.shop("shop-b")
        let archive = shopA.folder.url.appending(path: "a.kefu")
        try shopA.succeed(["export", archive.path])
        let imported = try shopB.succeed(["import", archive.path, "--as-new", "a-"])
        // All seven of A's items arrive under new ids, none touching B's own (same-named) items.
        #expect(imported.standardOutput.contains("7 added, 0 changed, 0 merged, 0 conflicting, 0 unchanged."))
        #expect(try shopB.field("faq/size-chart", "question") == "尺码怎么选?")
        let shown = try shopB.succeed(["show", "faq/a-size-chart"]).standardOutput
        #expect(shown.contains("answer: {template: a-size-help}"))
        #expect(try shopB.succeed(["check"]).status == 0)
        #expect(try shopB.kefu(["import", archive.path, "--as-new", "A!"]).status == 64)
    }

    /// Hostile archives: each refused with its reason, nothing written to the store or the folder.
    static func hostileArchives() throws -> [(name: String, data: Data, reason: String)] {
        let good = try RawArchive.make([RawArchive.Entry("bundle.yaml", BundleFixtures.manifest)])
        let manifest = { (files: [String: String]) -> RawArchive.Entry in
            let listed = files.map { "\"\($0.key)\": \"\(ByteHashing.hex(Data($0.value.utf8)))\"" }.joined(
                separator: ", ")
            return RawArchive.Entry(
                "kefu-manifest.json",
                #"{"format": 1, "bundleID": "\#(BundleFixtures.bundleID)", "shop": "x", "version": 1, "exportedAt": "2026-11-21T00:00:00Z", "exportedBy": "x", "files": {\#(listed)}}"#
            )
        }
        let zeros = try ArchiveWriter(format: .tarGzip).write([
            ArchiveEntry(path: "faq/zeros.yaml", data: Data(count: 64 << 20))
        ])
        return [
            (
                "absolute path", try RawArchive.make([RawArchive.Entry("/tmp/evil.yaml", "x")]),
                "an entry has an absolute path"
            ),
            ("parent", try RawArchive.make([RawArchive.Entry("faq/../../evil.yaml", "x")]), "climbs out of the bundle"),
            (
                "backslashes", try RawArchive.make([RawArchive.Entry("faq\\..\\evil.yaml", "x")]),
                "climbs out of the bundle"
            ),
            (
                "symlink", try RawArchive.make([RawArchive.Entry("faq/a.yaml", kind: .symlink("/etc/passwd"))]),
                "symbolic or hard link"
            ),
            (
                "hard link",
                try RawArchive.make([
                    RawArchive.Entry("faq/a.yaml", "x"), RawArchive.Entry("faq/b.yaml", kind: .hardlink("faq/a.yaml")),
                ]), "symbolic or hard link"
            ),
            (
                "device", try RawArchive.make([RawArchive.Entry("faq/a.yaml", kind: .characterDevice)]),
                "device, FIFO or socket"
            ),
            ("fifo", try RawArchive.make([RawArchive.Entry("faq/a.yaml", kind: .fifo)]), "device, FIFO or socket"),
            (
                "duplicate",
                try RawArchive.make([RawArchive.Entry("faq/a.yaml", "x"), RawArchive.Entry("faq/a.yaml", "y")]),
                "two entries have the same name"
            ),
            (
                "case",
                try RawArchive.make([RawArchive.Entry("faq/A.yaml", "x"), RawArchive.Entry("faq/a.yaml", "y")]),
                "differ only in case or Unicode form"
            ),
            ("outside", try RawArchive.make([RawArchive.Entry("run.sh", "rm -rf ~")]), "outside the bundle layout"),
            ("nested", try RawArchive.make([RawArchive.Entry("faq/a.yaml", data: good)]), "itself an archive"),
            (
                "encrypted",
                try RawArchive.make(
                    [RawArchive.Entry("faq/a.yaml", "x")], format: .zip, options: "zip:encryption=zipcrypt",
                    passphrase: "p"), "is encrypted"
            ),
            (
                "truncated",
                Data(
                    try RawArchive.make([
                        RawArchive.Entry("faq/a.yaml", (0..<3000).map { _ in UUID().uuidString }.joined())
                    ]).prefix(2000)), "truncated or damaged"
            ),
            ("zip bomb", zeros, "expands more than 100 times"),
            (
                "no manifest", try RawArchive.make([RawArchive.Entry("bundle.yaml", BundleFixtures.manifest)]),
                "has no kefu-manifest.json"
            ),
            (
                "checksum",
                try RawArchive.make([
                    manifest(["bundle.yaml": "other"]), RawArchive.Entry("bundle.yaml", BundleFixtures.manifest),
                ]), "bundle.yaml does not match the manifest's checksum"
            ),
            (
                "unlisted",
                try RawArchive.make([manifest([:]), RawArchive.Entry("bundle.yaml", BundleFixtures.manifest)]),
                "bundle.yaml is not listed in the manifest"
            ),
            (
                "missing", try RawArchive.make([manifest(["bundle.yaml": BundleFixtures.manifest])]),
                "bundle.yaml is listed in the manifest but missing"
            ),
        ]
    }

    @Test func hostileArchivesAreRefusedAndChangeNothing() throws {
        let shop = try Self.shop("shop")
        let store = try StoreContents(bundle: shop.root)
        let files = try shop.folder.snapshot()
        for (name, data, reason) in try Self.hostileArchives() {
            let file = shop.folder.url.appending(path: "\(name).kefu")
            try data.write(to: file)
            let result = try shop.kefu(["import", file.path])
            #expect(result.status == 65, "\(name): \(result.standardError)")
            #expect(
                result.standardError.contains("was refused and nothing was written: "),
                "\(name): \(result.standardError)")
            #expect(result.standardError.contains(reason), "\(name): \(result.standardError)")
            try FileManager.default.removeItem(at: file)
        }
        #expect(try StoreContents(bundle: shop.root) == store)
        #expect(try shop.folder.snapshot() == files)
    }
}
