import Foundation
import KefuCore
import KefuQuality
import Testing

@Suite struct ChatLogReaderTests {
    @Test func readsTimesWithOffsetsAndFractions() throws {
        let log = """
            {"time":"2026-11-02T10:00:00+08:00","session":"s1","buyer":"b1","text":"在吗"}
            {"time":"2026-11-02T02:00:30Z","session":"s1","buyer":"b1","text":"发货了吗","channel":"live"}
            {"time":"2026-11-02T10:01:00.250+08:00","session":"s1","buyer":"b1","text":"","type":"image"}
            """
        let entries = try ChatLogReader().read(Data(log.utf8), path: "log.jsonl")
        #expect(entries.map(\.time.timeIntervalSince1970) == [1_793_584_800, 1_793_584_830, 1_793_584_860.25])
        #expect(entries.map(\.line) == [1, 2, 3])
        #expect(entries[1].channel == "live")
        #expect(entries[2].type == "image")
    }

    @Test func everyBadLineIsNamed() {
        let log = """
            {"time":"2026-13-02 10:00","session":"s1","buyer":"b1","text":"在吗"}
            {"session":"s1","text":"在吗"}
            [1, 2]
            """
        #expect {
            try ChatLogReader().read(Data(log.utf8), path: "log.jsonl")
        } throws: { error in
            // A bad JSON line is reported before the fields of the others are looked at.
            (error as? DiagnosticsError)?.diagnostics.map(\.location?.line) == [3]
        }
        #expect {
            try ChatLogReader().read(
                Data(log.split(separator: "\n").prefix(2).joined(separator: "\n").utf8), path: "l.jsonl")
        } throws: { error in
            (error as? DiagnosticsError)?.diagnostics.map(\.location?.line) == [1, 2]
        }
    }

    /// Platforms export times without an offset: they are the shop's, in its time zone.
    @Test func timesWithoutAnOffsetAreReadInTheShopsTimeZone() throws {
        let log = """
            {"time":"2026-11-20T10:00:00","session":"s1","buyer":"b1","text":"在吗"}
            {"time":"2026-11-20 10:00:00","session":"s1","buyer":"b1","text":"在吗"}
            {"time":"2026-11-20T10:00:00+08:00","session":"s1","buyer":"b1","text":"在吗"}
            """
        let shanghai = try #require(TimeZone(identifier: "Asia/Shanghai"))
        let entries = try ChatLogReader(timeZone: shanghai).read(Data(log.utf8), path: "log.jsonl")
        let expected = try Date("2026-11-20T02:00:00Z", strategy: .iso8601)
        #expect(entries.map(\.time) == [expected, expected, expected])
        let madrid = try #require(TimeZone(identifier: "Europe/Madrid"))
        let inMadrid = try ChatLogReader(timeZone: madrid).read(Data(log.utf8), path: "log.jsonl")
        // Madrid is seven hours behind Shanghai in November.
        #expect(inMadrid[0].time == expected.addingTimeInterval(7 * 3600))
        #expect(inMadrid[2].time == expected)
    }

    /// One line without a buyer no longer costs the other 122: it is skipped and named.
    @Test func aBadLineIsSkippedAndNamedUnlessStrict() throws {
        let log = """
            {"time":"2026-11-20 10:00:00","session":"s1","buyer":"b1","text":"在吗"}
            {"time":"2026-11-20 10:01:00","session":"s1","text":"发货了吗"}
            not json
            {"time":"2026-11-20 10:02:00","session":"s2","buyer":"b2","text":"包邮吗"}
            """
        let (entries, skipped) = try ChatLogReader().read(Data(log.utf8), path: "log.jsonl", skippingBadLines: true)
        #expect(entries.map(\.text) == ["在吗", "包邮吗"])
        #expect(skipped.map(\.location?.line) == [2, 3])
        #expect(throws: DiagnosticsError.self) { try ChatLogReader().read(Data(log.utf8), path: "log.jsonl") }
    }
}
