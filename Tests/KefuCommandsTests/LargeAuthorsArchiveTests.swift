import Foundation
import KefuArchive
import KefuCore
import KefuSync
import KefuTestSupport
import Testing

/// An export's authors file has a line an item (19 MB at 100,000 items): `kefu import` of a large shop's
/// export was refused by the 8 MB every other entry is held to. The authors file has its own budget;
/// any other entry that large is still refused.
@Suite struct LargeAuthorsArchiveTests {
    /// `archive` with its authors file replaced by `authors` (and the manifest's checksum with it).
    static func replacingAuthors(in archive: Data, with authors: Data) throws -> Data {
        var entries = try ArchiveReader(limits: BundleArchive.limits) { _ in true }.read(archive)
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .iso8601
        encoder.outputFormatting = [.sortedKeys]
        let manifestAt = try #require(entries.firstIndex { $0.path == ArchiveManifest.fileName })
        var manifest = try decoder.decode(ArchiveManifest.self, from: entries[manifestAt].data)
        manifest.files[".kefu-authors.json"] = ByteHashing.hex(authors)
        entries[manifestAt] = ArchiveEntry(path: ArchiveManifest.fileName, data: try encoder.encode(manifest))
        let authorsAt = try #require(entries.firstIndex { $0.path == ".kefu-authors.json" })
        entries[authorsAt] = ArchiveEntry(path: ".kefu-authors.json", data: authors)
        return try ArchiveWriter(format: .tarGzip).write(entries)
    }

    @Test func anExportWithAnAuthorsFileOverTheEntryBudgetImports() throws {
        let shop = try ArchiveScenarioTests.shop("large-shop")
        let exported = shop.folder.url.appending(path: "shop.kefu")
        try shop.succeed(["export", exported.path])
        // 80,000 entries for items this shop does not have (skipped on reading), as a large shop's would be.
        var generator = SeededGenerator(seed: 9)
        let lines = (0..<80_000).map { number in
            let hash = Hex.string((0..<32).map { _ in UInt8(truncatingIfNeeded: generator.next()) })
            return "\"faq/faq-\(number)\":{\"at\":\"2026-12-07T00:00:00Z\",\"by\":\"小王\",\"hash\":\"\(hash)\"}"
        }
        let authors = Data("{\"format\":1,\"items\":{\(lines.joined(separator: ","))}}\n".utf8)
        #expect(authors.count > ArchiveLimits().bytesPerEntry)
        let large = shop.folder.url.appending(path: "large.kefu")
        try Self.replacingAuthors(in: try Data(contentsOf: exported), with: authors).write(to: large)

        let fresh = try TeamMember("fresh")
        try FileManager.default.createDirectory(at: fresh.root, withIntermediateDirectories: true)
        let imported = try fresh.succeed(["import", large.path])
        #expect(imported.standardOutput.contains("Created a new bundle from the archive"))
        #expect(FileManager.default.fileExists(atPath: fresh.root.appending(path: "templates/size.yaml").path))

        // The same bytes as any other entry are refused, naming it.
        let elsewhere = try ArchiveWriter(format: .tarGzip).write([ArchiveEntry(path: "faq/large.yaml", data: authors)])
        #expect(throws: ArchiveRefusal.entryTooLarge("faq/large.yaml", limit: ArchiveLimits().bytesPerEntry)) {
            try BundleArchive.read(elsewhere)
        }
    }
}
