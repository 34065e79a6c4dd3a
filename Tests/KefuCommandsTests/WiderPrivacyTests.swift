import Foundation
import KefuArchive
import KefuSync
import KefuTestSupport
import Testing

/// The forms of personal data the first privacy round missed (full-width digits, dotted and landline
/// numbers, e-mail, bank cards, an address after 收货地址：, an identity number that looked like an order)
/// never reach what kefu keeps: the store and its WAL, reports in every format, an export, and the
/// REPL's history. Each went through on the main of 2026-12-05.
@Suite struct WiderPrivacyTests {
    static let planted = [
        "１３８１２３４５６７８", "138.1234.5678", "010-12345678", "buyer.secret@example.com", "6222021234567894",
        "6222 0212 3456 7894", "望京街道阳光小区3栋2单元501", "110101199003071233",
    ]

    static let log =
        [
            #"{"time":"2026-11-02T10:00:00+08:00","session":"w1","buyer":"b1","text":"什么时候发货?手机１３８１２３４５６７８"}"#,
            #"{"time":"2026-11-02T10:01:00+08:00","session":"w1","buyer":"b1","text":"或者打138.1234.5678,座机010-12345678"}"#,
            #"{"time":"2026-11-02T10:02:00+08:00","session":"w2","buyer":"b2","text":"发票发到buyer.secret@example.com","human_reply":"好的,发到buyer.secret@example.com","human_reply_time":"2026-11-02T10:03:00+08:00"}"#,
            #"{"time":"2026-11-02T10:04:00+08:00","session":"w3","buyer":"b3","text":"退款退到卡号6222021234567894"}"#,
            #"{"time":"2026-11-02T10:05:00+08:00","session":"w3","buyer":"b3","text":"银行卡 6222 0212 3456 7894"}"#,
            #"{"time":"2026-11-02T10:06:00+08:00","session":"w4","buyer":"b4","text":"收货地址：朝阳区望京街道阳光小区3栋2单元501"}"#,
            #"{"time":"2026-11-02T10:07:00+08:00","session":"w5","buyer":"b5","text":"转人工 订单 110101199003071233"}"#,
        ].joined(separator: "\n") + "\n"

    static func expectNothingPlanted(
        in text: String, _ what: String, sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) {
        PrivacyTests.expectNothingPlanted(of: planted, in: text, what, sourceLocation: sourceLocation)
    }

    @Test func storeReportsAndExportsKeepNoneOfIt() throws {
        let folder = try TemporaryFolder("wider-privacy")
        let shop = folder.url.appending(path: "shop")
        try FileManager.default.copyItem(at: ReportCommandTests.fixture, to: shop)
        #expect(try KefuBinary.run(["sync"], in: shop).status == 0)
        try Self.log.write(to: shop.appending(path: "logs/wider.jsonl"), atomically: true, encoding: .utf8)

        let html = folder.url.appending(path: "report.html")
        var printed = ""
        for arguments in [
            ["replay", "logs/wider.jsonl"], ["report"], ["report", "--json"], ["report", "--html", html.path],
            ["ask", "--session", "w9", "我的邮箱buyer.secret@example.com,卡号6222021234567894"],
            ["ask", "--session", "w9", "转人工,订单 110101199003071233,收货地址：朝阳区望京街道阳光小区3栋2单元501"],
            ["export", folder.url.appending(path: "shop.kefu").path],
        ] {
            let result = try KefuBinary.run(arguments, in: shop)
            #expect(result.status == 0, "kefu \(arguments.joined(separator: " ")): \(result.standardError)")
            // `ask` answers its caller with the caller's own text; what it kept is checked in the store.
            if arguments[0] != "ask" { printed += result.standardOutput + result.standardError }
        }
        Self.expectNothingPlanted(in: printed, "what kefu printed")
        Self.expectNothingPlanted(in: try String(contentsOf: html, encoding: .utf8), "the HTML report")
        var stored = ""
        for name in ["store.sqlite", "store.sqlite-wal"] {
            if let data = try? Data(contentsOf: shop.appending(path: ".kefu/\(name)")) {
                stored += String(decoding: data, as: UTF8.self)
            }
        }
        Self.expectNothingPlanted(in: stored, "the store")
        // What was said was kept, masked; the identity and card numbers were never taken for orders.
        for token in ["[phone]", "[email]", "[card]", "[address]", "[id]"] {
            #expect(stored.contains(token), "\(token)")
        }
        let archive = try BundleArchive.read(try Data(contentsOf: folder.url.appending(path: "shop.kefu")))
        for (path, data) in archive.bundleFiles.merging(archive.dataFiles, uniquingKeysWith: { $1 }) {
            Self.expectNothingPlanted(in: String(decoding: data, as: UTF8.self), "the export's \(path)")
        }
    }

    /// A question holding personal data is no question to teach: before, a full-width phone number was not
    /// seen, the question became a group's, and `report --accept` wrote it into `faq/from-report.yaml`.
    @Test func acceptingAGroupNeverWritesPersonalDataIntoTheBundle() throws {
        let folder = try TemporaryFolder("accept-privacy")
        let shop = folder.url.appending(path: "shop")
        try FileManager.default.copyItem(at: ReportCommandTests.fixture, to: shop)
        #expect(try KefuBinary.run(["sync"], in: shop).status == 0)
        let log = (1...3).map { index in
            #"{"time":"2026-11-02T10:0\#(index):00+08:00","session":"a\#(index)","buyer":"b\#(index)","text":"周末营业吗,回电１３８１２３４５６７８"}"#
        }.joined(separator: "\n")
        try log.write(to: shop.appending(path: "logs/accept.jsonl"), atomically: true, encoding: .utf8)
        #expect(try KefuBinary.run(["replay", "logs/accept.jsonl"], in: shop).status == 0)
        let report = try KefuBinary.run(["report", "--json"], in: shop)
        Self.expectNothingPlanted(in: report.standardOutput, "the report")
        // The only unanswered question held the number, so there is no group to accept, and nothing is written.
        let accepted = try KefuBinary.run(["report", "--accept", "1", "--answer", "亲,周末正常营业~"], in: shop)
        #expect(accepted.status != 0)
        #expect(accepted.standardError.contains("there is no group 1"), "\(accepted.standardError)")
        #expect(!FileManager.default.fileExists(atPath: shop.appending(path: "faq/from-report.yaml").path))
    }

    /// What a seller types in the REPL is kept in `.kefu/history` masked.
    @Test func theChatHistoryKeepsTheLineMasked() throws {
        let folder = try FixtureShop.copy()
        #expect(try KefuBinary.run(["sync"], in: folder.url).status == 0)
        let terminal = try PseudoTerminal(["chat"], in: folder.url)
        #expect(terminal.typeAtPrompt("发票发到buyer.secret@example.com,手机１３８１２３４５６７８\r", prompt: "buyer> "))
        #expect(terminal.waitFor(" · "))
        #expect(terminal.typeAtPrompt(":quit\r", prompt: "buyer> "))
        #expect(terminal.waitForExit() == 0)
        let history = try folder.read(".kefu/history")
        Self.expectNothingPlanted(in: history, ".kefu/history")
        #expect(history.contains("[email]"), "\(history)")
    }
}
