import Foundation
import KefuArchive
import KefuCore
import KefuTestSupport
import Testing

@Suite struct ArchiveReaderTests {
    static let layout: @Sendable (String) -> Bool = { path in
        path == "bundle.yaml" || path.hasPrefix("faq/") && path.hasSuffix(".yaml")
    }

    private func read(_ data: Data, limits: ArchiveLimits = ArchiveLimits()) throws -> [ArchiveEntry] {
        try ArchiveReader(limits: limits, allows: Self.layout).read(data)
    }

    @Test(arguments: [ArchiveFormat.tarGzip, .zip])
    func writesAndReadsBack(_ format: ArchiveFormat) throws {
        let entries = [
            ArchiveEntry(path: "bundle.yaml", data: Data("format: 1\n".utf8)),
            ArchiveEntry(path: "faq/发货.yaml", data: Data("- id: a\n".utf8)),
        ]
        let data = try ArchiveWriter(format: format).write(entries)
        #expect(try read(data) == entries)
    }

    @Test func readsArchivesMadeByOtherTools() throws {
        let data = try RawArchive.make([
            RawArchive.Entry("./faq/", kind: .directory), RawArchive.Entry("./faq/a.yaml", "- id: a\n"),
        ])
        #expect(try read(data).map(\.path) == ["faq/a.yaml"])
    }

    static let hostile: [(String, [RawArchive.Entry], ArchiveRefusal)] = [
        ("absolute path", [RawArchive.Entry("/etc/kefu.yaml", "x")], .absolutePath("/etc/kefu.yaml")),
        (
            "parent component", [RawArchive.Entry("faq/../../escape.yaml", "x")],
            .parentComponent("faq/../../escape.yaml")
        ),
        (
            "parent with backslashes", [RawArchive.Entry("faq\\..\\..\\escape.yaml", "x")],
            .parentComponent("faq\\..\\..\\escape.yaml")
        ),
        ("symlink", [RawArchive.Entry("faq/a.yaml", kind: .symlink("/etc/passwd"))], .link("faq/a.yaml")),
        (
            "hard link",
            [RawArchive.Entry("faq/a.yaml", "x"), RawArchive.Entry("faq/b.yaml", kind: .hardlink("faq/a.yaml"))],
            .link("faq/b.yaml")
        ),
        ("fifo", [RawArchive.Entry("faq/pipe.yaml", kind: .fifo)], .specialFile("faq/pipe.yaml")),
        ("device", [RawArchive.Entry("faq/tty.yaml", kind: .characterDevice)], .specialFile("faq/tty.yaml")),
        (
            "duplicate", [RawArchive.Entry("faq/a.yaml", "x"), RawArchive.Entry("faq/a.yaml", "y")],
            .duplicateName("faq/a.yaml")
        ),
        (
            "case collision", [RawArchive.Entry("faq/A.yaml", "x"), RawArchive.Entry("faq/a.yaml", "y")],
            .collidingNames("faq/A.yaml", "faq/a.yaml")
        ),
        // libarchive reads pax names back in NFC, so the NFD spelling arrives as the very same name.
        (
            "normalisation collision",
            [RawArchive.Entry("faq/caf\u{E9}.yaml", "x"), RawArchive.Entry("faq/cafe\u{301}.yaml", "y")],
            .duplicateName("faq/caf\u{E9}.yaml")
        ),
        ("outside layout", [RawArchive.Entry("notes.txt", "x")], .outsideLayout("notes.txt")),
        ("store smuggled in", [RawArchive.Entry(".kefu/store.sqlite", "x")], .outsideLayout(".kefu/store.sqlite")),
    ]

    @Test(arguments: hostile.indices)
    func refusesHostileArchives(_ index: Int) throws {
        let (name, entries, refusal) = Self.hostile[index]
        let data = try RawArchive.make(entries)
        #expect(throws: refusal, "\(name)") { try read(data) }
    }

    @Test func refusesNestedArchives() throws {
        let inner = try ArchiveWriter(format: .tarGzip).write([ArchiveEntry(path: "bundle.yaml", data: Data("x".utf8))])
        let data = try RawArchive.make([RawArchive.Entry("faq/inner.yaml", data: inner)])
        #expect(throws: ArchiveRefusal.nestedArchive("faq/inner.yaml")) { try read(data) }
    }

    @Test func refusesEncryptedEntries() throws {
        let data = try RawArchive.make(
            [RawArchive.Entry("faq/a.yaml", "- id: secret\n")], format: .zip, options: "zip:encryption=zipcrypt",
            passphrase: "kefu")
        #expect(throws: ArchiveRefusal.encrypted("faq/a.yaml")) { try read(data) }
    }

    @Test func refusesTruncatedAndCorruptArchives() throws {
        // Content that does not compress, so cutting the archive in half cuts the entry itself; seeded, so
        // every run cuts the same bytes.
        var random = SeededGenerator(seed: 20_261_206)
        let text = (0..<4000).map { _ in String(UInt64.random(in: 0...UInt64.max, using: &random), radix: 36) }.joined(
            separator: "\n")
        let data = try ArchiveWriter(format: .tarGzip).write([ArchiveEntry(path: "faq/a.yaml", data: Data(text.utf8))])
        let truncated = data.prefix(data.count / 2)
        #expect { try read(Data(truncated)) } throws: { error in
            if case ArchiveRefusal.corrupt = error { return true } else { return false }
        }
        var corrupt = data
        for offset in stride(from: 40, to: corrupt.count - 20, by: 7) { corrupt[offset] ^= 0x5A }
        #expect { try read(corrupt) } throws: { error in
            if case ArchiveRefusal.corrupt = error { return true } else { return false }
        }
        #expect(throws: (any Error).self) { try read(Data("not an archive at all".utf8)) }
    }

    @Test func refusesGzipStreamsOfZerosByTheirExpansion() throws {
        // 64 MB of zeros compress to about 64 KB: stopped by the ratio once 4 MB are read.
        let zeros = Data(count: 64 * 1024 * 1024)
        let data = try ArchiveWriter(format: .tarGzip).write([ArchiveEntry(path: "faq/zeros.yaml", data: zeros)])
        #expect(data.count < 200_000)
        #expect(throws: ArchiveRefusal.expansionRatio(limit: 100)) { try read(data) }
        // Without the ratio, the entry size stops it; without either, the total does.
        let noRatio = ArchiveLimits(expansionRatio: .max)
        #expect(throws: ArchiveRefusal.entryTooLarge("faq/zeros.yaml", limit: 8 * 1024 * 1024)) {
            try read(data, limits: noRatio)
        }
        let onlyTotal = ArchiveLimits(bytesPerEntry: .max, totalBytes: 16 * 1024 * 1024, expansionRatio: .max)
        #expect(throws: ArchiveRefusal.tooLarge(limit: 16 * 1024 * 1024)) { try read(data, limits: onlyTotal) }
    }

    @Test func countsBytesReadNotBytesDeclared() throws {
        let entries = (0..<30).map { RawArchive.Entry("faq/\($0).yaml", String(repeating: "a", count: 100_000)) }
        let data = try RawArchive.make(entries)
        let limits = ArchiveLimits(totalBytes: 1_000_000, expansionRatio: 10_000)
        #expect(throws: ArchiveRefusal.tooLarge(limit: 1_000_000)) { try read(data, limits: limits) }
        #expect(throws: ArchiveRefusal.tooManyEntries(limit: 10)) { try read(data, limits: ArchiveLimits(entries: 10)) }
        let long = "faq/" + String(repeating: "x", count: 300) + ".yaml"
        #expect(throws: ArchiveRefusal.pathTooLong(long, limit: 255)) {
            try read(try RawArchive.make([RawArchive.Entry(long, "x")]))
        }
    }
}
