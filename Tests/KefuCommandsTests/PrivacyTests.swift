import Foundation
import KefuArchive
import KefuCore
import KefuSync
import KefuTestSupport
import Testing

/// Personal data planted in a chat log (phone numbers, street addresses, identity numbers, in the
/// buyer's messages and the agents' replies) never reaches what kefu writes or prints: the store and
/// its WAL, replay and report output (text, JSON, HTML), an export, a handoff, `kefu ask`, and the
/// error messages about a broken log.
@Suite struct PrivacyTests {
    /// What is planted, and where it must never show up whole.
    static let planted = [
        "13912345678", "139 1234 5678", "+86 139-1234-5678", "+34 612 345 678", "11010519491231002X",
        "123.456.789-09", "浙江省杭州市西湖区文三路90号3栋201室", "Calle Mayor 12, 28013 Madrid",
    ]

    static let log =
        [
            #"{"time":"2026-11-02T10:00:00+08:00","session":"p1","buyer":"b1","text":"什么时候发货?我电话13912345678"}"#,
            #"{"time":"2026-11-02T10:01:00+08:00","session":"p1","buyer":"b1","text":"收货地址:浙江省杭州市西湖区文三路90号3栋201室","human_reply":"好的,已备注浙江省杭州市西湖区文三路90号3栋201室,电话139 1234 5678","human_reply_time":"2026-11-02T10:03:00+08:00"}"#,
            #"{"time":"2026-11-02T10:02:00+08:00","session":"p2","buyer":"b2","text":"转人工!身份证11010519491231002X 手机+86 139-1234-5678"}"#,
            #"{"time":"2026-11-02T10:04:00+08:00","session":"p3","buyer":"b3","text":"Envío a Calle Mayor 12, 28013 Madrid, tel +34 612 345 678"}"#,
            #"{"time":"2026-11-02T10:05:00+08:00","session":"p4","buyer":"b4","text":"meu CPF é 123.456.789-09"}"#,
        ].joined(separator: "\n") + "\n"

    static func expectNothingPlanted(
        of planted: [String] = planted, in text: String, _ what: String,
        sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) {
        for planted in planted {
            #expect(!text.contains(planted), "\(what) holds \(planted)", sourceLocation: sourceLocation)
        }
    }

    @Test func nothingKefuWritesOrPrintsHoldsThePlantedData() throws {
        let folder = try TemporaryFolder("privacy")
        let shop = folder.url.appending(path: "shop")
        try FileManager.default.copyItem(at: ReportCommandTests.fixture, to: shop)
        #expect(try KefuBinary.run(["sync"], in: shop).status == 0)
        try Self.log.write(to: shop.appending(path: "logs/planted.jsonl"), atomically: true, encoding: .utf8)

        var printed: [(String, KefuBinary.Result)] = []
        for arguments in [
            ["replay", "logs/planted.jsonl"], ["replay", "logs/planted.jsonl", "--json"], ["report"],
            ["report", "--json"],
            ["report", "--html", folder.url.appending(path: "report.html").path],
            ["ask", "--session", "p9", "我电话13912345678,什么时候发货"],
            ["ask", "--session", "p9", "--json", "转人工,地址浙江省杭州市西湖区文三路90号3栋201室"],
            ["export", folder.url.appending(path: "shop.kefu").path],
        ] {
            let result = try KefuBinary.run(arguments, in: shop)
            #expect(result.status == 0, "kefu \(arguments.joined(separator: " ")): \(result.standardError)")
            printed.append((arguments.joined(separator: " "), result))
        }
        for (command, result) in printed {
            // `kefu ask --json` answers its caller with the message it was given (and its trace): that
            // is the caller's own text, not something kefu kept. What ask kept is in the store, checked below.
            let echoesItsInput = command.hasPrefix("ask")
            Self.expectNothingPlanted(
                in: (echoesItsInput ? "" : result.standardOutput) + result.standardError, "kefu \(command)")
        }
        #expect(printed[0].1.standardOutput.isEmpty == false)

        Self.expectNothingPlanted(
            in: try String(contentsOf: folder.url.appending(path: "report.html"), encoding: .utf8), "the HTML report")
        for name in ["store.sqlite", "store.sqlite-wal"] {
            guard let data = try? Data(contentsOf: shop.appending(path: ".kefu/\(name)")) else { continue }
            Self.expectNothingPlanted(in: String(decoding: data, as: UTF8.self), name)
        }
        let archive = try BundleArchive.read(try Data(contentsOf: folder.url.appending(path: "shop.kefu")))
        for (path, data) in archive.bundleFiles.merging(archive.dataFiles, uniquingKeysWith: { $1 }) {
            Self.expectNothingPlanted(in: String(decoding: data, as: UTF8.self), "the export's \(path)")
        }
        // The masks are there: the data was seen, and hidden.
        let report = printed[3].1.standardOutput
        #expect(report.contains("[phone]") || report.contains("[address]") || report.contains("[id]"))
    }

    /// A log whose columns slipped (a phone where the time belongs) is refused, and the error names the
    /// line without repeating what was in the cell.
    @Test func errorsAboutABrokenLogDoNotRepeatThePlantedData() throws {
        let folder = try TemporaryFolder("privacy-errors")
        let shop = folder.url.appending(path: "shop")
        try FileManager.default.copyItem(at: ReportCommandTests.fixture, to: shop)
        #expect(try KefuBinary.run(["sync"], in: shop).status == 0)
        let log = """
            time,session,buyer,text,human_reply,human_reply_time
            13912345678,p1,b1,什么时候发货,,
            2026-11-02T10:00:00+08:00,p1,b1,发货了吗,好的,浙江省杭州市西湖区文三路90号3栋201室

            """
        try log.write(to: shop.appending(path: "slipped.csv"), atomically: true, encoding: .utf8)
        let replay = try KefuBinary.run(["replay", "slipped.csv"], in: shop)
        #expect(replay.status == 65)
        #expect(replay.standardError.contains("slipped.csv:2"), "\(replay.standardError)")
        #expect(replay.standardError.contains("slipped.csv:3"), "\(replay.standardError)")
        Self.expectNothingPlanted(in: replay.standardOutput + replay.standardError, "the replay's errors")
    }
}
