import Foundation
import KefuTestSupport
import Testing

/// `kefu serve --stdio` end to end: JSON Lines in and out, sessions kept apart, bad lines answered
/// with an error while the stream goes on, and new rules picked up without a restart.
@Suite struct ServeCommandTests {
    private func shop() throws -> TemporaryFolder {
        let folder = try FixtureShop.copy()
        #expect(try KefuBinary.run(["sync"], in: folder.url).status == 0)
        return folder
    }

    private func objects(_ output: String) throws -> [[String: Any]] {
        try output.split(separator: "\n").map { line in
            try #require(JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        }
    }

    @Test func interleavedSessionsKeepTheirOwnContext() throws {
        let folder = try shop()
        let input = """
            {"session": "s1", "text": "帮我查物流"}
            {"session": "s2", "text": "包邮吗", "buyer": "b1002"}
            {"session": "s1", "text": "12345"}
            {"session": "s2", "text": "转人工"}
            {"session": "s1", "text": "什么时候发货
            {"session": "s2", "text": "包邮吗"}
            {"text": "这件有M码吗", "product": "SKU-1"}
            {"session": "s3"}

            {"session": "s3", "text": "看看", "type": "hologram"}
            {"session": "s3", "text": "", "type": "image"}
            [1, 2]
            """
        let result = try KefuBinary.run(["serve", "--stdio"], in: folder.url, input: input + "\n")
        #expect(result.status == 0)
        let replies = try objects(result.standardOutput)
        #expect(replies.count == 11)
        #expect(
            replies.map { $0["session"] as? String } == ["s1", "s2", "s1", "s2", nil, "s2", nil, nil, nil, "s3", nil])

        #expect(replies[0]["decision"] as? String == "ask")
        #expect(replies[1]["decision"] as? String == "answer")
        #expect((replies[2]["source"] as? [String: Any])?["id"] as? String == "logistics-query")
        #expect((replies[2]["reply"] as? String)?.contains("ZT7788990011") == true)
        #expect((replies[3]["handoff"] as? [String: Any])?["reason"] as? String == "requested")
        #expect(replies[4]["line"] as? Int == 5)
        #expect((replies[4]["error"] as? String)?.hasPrefix("not a JSON request") == true)
        #expect(replies[5]["decision"] as? String == "silent")
        #expect(replies[5]["note"] as? String == "handed_off")
        #expect(replies[6]["reply"] as? String == "亲,法式碎花连衣裙的M码有货,库存5件,可以放心拍~")
        #expect(replies[7]["error"] as? String == "not a JSON request: missing \"text\"")
        #expect(replies[7]["line"] as? Int == 8)
        #expect(replies[8]["line"] as? Int == 10)
        #expect((replies[8]["error"] as? String)?.hasPrefix("unknown message type 'hologram'") == true)
        #expect(replies[9]["decision"] as? String == "silent")
        #expect(replies[9]["note"] as? String == "unsupported_type")
        #expect(replies[10]["line"] as? Int == 12)
    }

    @Test func theTraceCanBeLeftOut() throws {
        let folder = try shop()
        let input = "{\"text\": \"包邮吗\"}\n"
        let traced = try objects(try KefuBinary.run(["serve", "--stdio"], in: folder.url, input: input).standardOutput)
        let bare = try objects(
            try KefuBinary.run(["serve", "--stdio", "--no-trace"], in: folder.url, input: input).standardOutput)
        #expect((traced.first?["trace"] as? [Any])?.isEmpty == false)
        #expect((bare.first?["trace"] as? [Any])?.isEmpty == true)
    }

    @Test func servedConversationsAreLoggedMasked() throws {
        let folder = try shop()
        let input = """
            {"session": "w1", "text": "包邮吗"}
            {"session": "w1", "text": "我的电话13912345678"}
            {"text": "包邮吗"}

            """
        #expect(try KefuBinary.run(["serve", "--stdio"], in: folder.url, input: input).status == 0)
        let report = try KefuBinary.run(["report", "--json"], in: folder.url)
        let object = try #require(
            JSONSerialization.jsonObject(with: Data(report.standardOutput.utf8)) as? [String: Any])
        #expect(object["messages"] as? Int == 3)
        #expect(object["sessions"] as? Int == 2)  // w1, and the line without a session on its own
        #expect((object["channels"] as? [[String: Any]])?.first?["channel"] as? String == "serve")
        // The store and, when it is still there, its write-ahead log.
        let files = ["store.sqlite", "store.sqlite-wal"].compactMap {
            try? Data(contentsOf: folder.url.appending(path: ".kefu/\($0)"))
        }
        #expect(!files.isEmpty)
        #expect(!files.contains { String(decoding: $0, as: UTF8.self).contains("13912345678") })
    }

    @Test func withoutStdioItIsAUsageError() throws {
        let folder = try shop()
        let result = try KefuBinary.run(["serve"], in: folder.url)
        #expect(result.status == 64)
        #expect(result.standardError.contains("--stdio (JSON Lines on standard input and output) or --http"))
    }

    @Test func aSyncWhileServingChangesTheNextAnswer() throws {
        let folder = try shop()
        let server = try LineConversation(["serve", "--stdio", "--no-trace"], in: folder.url)
        #expect(try server.sendJSON("{\"text\": \"包邮吗\"}")?["reply"] as? String == "亲,全国包邮(新疆西藏除外),偏远地区需补运费10元~")
        let faq = folder.url.appending(path: "faq/presale.yaml")
        let text = try String(contentsOf: faq, encoding: .utf8)
        try text.replacingOccurrences(of: "亲,全国包邮(新疆西藏除外),偏远地区需补运费10元~", with: "亲,全国包邮~")
            .write(to: faq, atomically: true, encoding: .utf8)
        #expect(try KefuBinary.run(["sync"], in: folder.url).status == 0)
        #expect(try server.sendJSON("{\"text\": \"包邮吗\"}")?["reply"] as? String == "亲,全国包邮~")

        #expect(try server.finish() == 0)
    }
}
