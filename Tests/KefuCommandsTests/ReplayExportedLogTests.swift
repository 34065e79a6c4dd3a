import Foundation
import KefuTestSupport
import Testing

/// Chat logs as platforms export them: times without an offset, and now and then a line without a
/// buyer. Before: the first refused the whole file, and one bad line failed all the others.
@Suite struct ReplayExportedLogTests {
    static let log =
        [
            #"{"time":"2026-11-20 10:00:00","session":"s1","buyer":"b1","text":"什么时候发货"}"#,
            #"{"time":"2026-11-20 10:01:00","session":"s1","text":"可以退货吗"}"#,
            #"{"time":"2026-11-20T10:02:00","session":"s2","buyer":"b2","text":"周末营业吗"}"#,
        ].joined(separator: "\n") + "\n"

    private func shop() throws -> (TemporaryFolder, URL) {
        let folder = try TemporaryFolder("exported-log")
        let shop = folder.url.appending(path: "shop")
        try FileManager.default.copyItem(at: ReportCommandTests.fixture, to: shop)
        #expect(try KefuBinary.run(["sync"], in: shop).status == 0)
        try Self.log.write(to: shop.appending(path: "logs/exported.jsonl"), atomically: true, encoding: .utf8)
        return (folder, shop)
    }

    @Test func aBadLineIsSkippedAndNamedAndTheRestReplayed() throws {
        let (folder, shop) = try shop()
        defer { _ = folder }
        let replay = try KefuBinary.run(["replay", "logs/exported.jsonl", "--json"], in: shop)
        #expect(replay.status == 0, "\(replay.standardError)")
        #expect(replay.standardError.contains("logs/exported.jsonl:2:1: warning: a chat log line needs buyer"))
        #expect(replay.standardError.contains("1 line of logs/exported.jsonl could not be read and were skipped"))
        let coverage = try JSONSerialization.jsonObject(with: Data(replay.standardOutput.utf8)) as? [String: Any]
        #expect(coverage?["messages"] as? Int == 2)

        let strict = try KefuBinary.run(["replay", "logs/exported.jsonl", "--strict"], in: shop)
        #expect(strict.status == 65)
        #expect(strict.standardError.contains("logs/exported.jsonl:2:1: error:"))
    }

    @Test func anUnknownTimeZoneIsALocatedError() throws {
        let (folder, shop) = try shop()
        defer { _ = folder }
        let manifest = shop.appending(path: "bundle.yaml")
        let text = try String(contentsOf: manifest, encoding: .utf8)
        try (text + "timezone: Mars/Olympus\n").write(to: manifest, atomically: true, encoding: .utf8)
        let check = try KefuBinary.run(["check"], in: shop)
        #expect(check.status == 65)
        #expect(check.standardError.contains("'Mars/Olympus' is not a time zone"), "\(check.standardError)")
        try (text + "timezone: Europe/Madrid\n").write(to: manifest, atomically: true, encoding: .utf8)
        #expect(try KefuBinary.run(["sync"], in: shop).status == 0)
    }
}
