import Foundation
import KefuTestSupport
import Testing

/// `kefu serve --http` end to end, against the built binary on a free loopback port: the answers of
/// `serve --stdio` for the same requests, the token and the request limits, many sessions at once, and
/// tickets from handoff to hand-back, kept across a restart.
@Suite struct HTTPBridgeTests {
    /// A buyer's conversation that depends on its order: the order number answers the question before it,
    /// and the handoff silences what follows.
    static let conversation = [
        "帮我查物流", "12345", "拍下以后多长时间发货", "要不要邮费", "衣服面料是啥", "下水会不会缩", "能放洗衣机吗",
        "我不知道选哪个码", "现在有券吗", "能开发票不", "是不是正品", "能用花呗付款吗", "没货了还补不补", "有没有真实图片",
        "过几天降价了怎么办", "能包装成礼物吗", "你们用哪个快递公司", "转人工", "还在吗", "人呢",
    ]

    /// A reply without what differs from run to run (the trace's timings).
    private static func comparable(_ reply: [String: Any]) throws -> String {
        var reply = reply
        reply["trace"] = nil
        let data = try JSONSerialization.data(withJSONObject: reply, options: [.sortedKeys])
        return String(decoding: data, as: UTF8.self)
    }

    private static func stdioReplies(_ requests: [[String: Any]]) throws -> [[String: Any]] {
        let folder = try FixtureShop.syncedCopy()
        let input = try requests.map { String(decoding: try JSONSerialization.data(withJSONObject: $0), as: UTF8.self) }
        let result = try KefuBinary.run(
            ["serve", "--stdio"] + RunningBridge.shopTime, in: folder.url, input: input.joined(separator: "\n") + "\n")
        #expect(result.status == 0)
        return try result.standardOutput.split(separator: "\n").map { line in
            try #require(JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        }
    }

    @Test func answersAreThoseOfServeStdio() async throws {
        let requests: [[String: Any]] = [
            ["session": "s1", "text": "帮我查物流"], ["session": "s2", "text": "包邮吗", "buyer": "b1002"],
            ["session": "s1", "text": "12345"], ["session": "s2", "text": "转人工"], ["session": "s2", "text": "包邮吗"],
            ["text": "这件有M码吗", "product": "SKU-1"], ["session": "s1", "text": "什么时候发货", "locale": "zh-CN"],
            ["session": "s3", "text": "", "type": "image"],
        ]
        let expected = try Self.stdioReplies(requests).map(Self.comparable)
        let folder = try FixtureShop.syncedCopy()
        let bridge = try RunningBridge(in: folder.url)
        var got: [String] = []
        for request in requests { got.append(try Self.comparable(try await bridge.send(request))) }
        #expect(bridge.stop().status == 0)
        #expect(got.count == expected.count)
        for (index, pair) in zip(got, expected).enumerated() { #expect(pair.0 == pair.1, "request \(index + 1)") }
        // What was answered is in the conversation log once the bridge stops.
        let report = try KefuBinary.run(["report", "--json"], in: folder.url)
        let messages = try #require(
            JSONSerialization.jsonObject(with: Data(report.standardOutput.utf8)) as? [String: Any])
        #expect(messages["messages"] as? Int == requests.count)
    }

    /// `--now` sets the shop time both modes answer at: at three in the morning the agent a buyer asks for is
    /// offline until nine, at ten online, whatever the machine's clock says.
    @Test func bothModesAnswerAtTheShopTimeGivenWithNow() async throws {
        let folder = try FixtureShop.syncedCopy()
        func handoff(_ reply: [String: Any]) throws -> [String: Any] {
            try #require(reply["handoff"] as? [String: Any])
        }
        for (time, online) in [("2026-11-05 03:00", false), ("2026-11-05 10:00", true)] {
            let stdio = try KefuBinary.run(
                ["serve", "--stdio", "--now", time], in: folder.url, input: #"{"text": "转人工"}"# + "\n")
            let line = try #require(
                JSONSerialization.jsonObject(with: Data(stdio.standardOutput.utf8)) as? [String: Any])
            let bridge = try RunningBridge(in: folder.url, arguments: ["--now", time])
            let http = try await bridge.send(["text": "转人工"])
            #expect(bridge.stop().status == 0)
            for reply in [line, http] {
                #expect(try handoff(reply)["agent_online"] as? Bool == online, "\(time)")
                #expect(try handoff(reply)["available_at"] as? String == (online ? nil : "09:00"), "\(time)")
            }
        }
        let wrong = try KefuBinary.run(["serve", "--stdio", "--now", "tomorrow"], in: folder.url, input: "")
        #expect(wrong.status == 64)
        #expect(wrong.standardError.contains("'tomorrow' is not a time"))
    }

    @Test func theTokenAndTheLimitsAreEnforcedWithJSONErrors() async throws {
        let folder = try FixtureShop.syncedCopy()
        let bridge = try RunningBridge(in: folder.url)
        defer { _ = bridge.stop() }
        let token = try #require(bridge.token)
        #expect(token.count == 64)
        let attributes = try FileManager.default.attributesOfItem(
            atPath: folder.url.appending(path: ".kefu/token").path)
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)

        let message = ["session": "t", "text": "包邮吗"]
        let none = try await bridge.request("POST", "/v1/messages", json: message, authorization: .some(nil))
        #expect(none.status == 401)
        #expect((none.object["error"] as? String)?.contains("Bearer") == true)
        let wrong = try await bridge.request("POST", "/v1/messages", json: message, authorization: "Bearer nope")
        #expect(wrong.status == 401)
        #expect(try await bridge.request("GET", "/v1/tickets", authorization: .some(nil)).status == 401)
        #expect(
            try await bridge.request("GET", "/healthz", authorization: .some(nil)).object["status"] as? String == "ok")
        #expect(try await bridge.request("POST", "/v1/messages", json: message).status == 200)

        let huge = Data(#"{"text": ""#.utf8) + Data(repeating: UInt8(ascii: "a"), count: 1_100_000) + Data(#""}"#.utf8)
        let tooLarge = try await bridge.request("POST", "/v1/messages", body: huge)
        #expect(tooLarge.status == 413)
        #expect(tooLarge.object["status"] as? Int == 413)
        for (body, expected) in [
            ("{\"text\": ", "not a JSON request"), ("[1, 2]", "not a JSON request"),
            ("{\"session\": \"t\"}", "missing \"text\""),
            ("{\"text\": \"hi\", \"sesion\": \"t\"}", "unknown field \"sesion\""),
            ("{\"text\": 5}", "wrong type"), ("{\"text\": \"hi\", \"type\": \"hologram\"}", "unknown message type"),
        ] {
            let answer = try await bridge.request("POST", "/v1/messages", body: Data(body.utf8))
            #expect(answer.status == 400, "\(body)")
            #expect((answer.object["error"] as? String)?.contains(expected) == true, "\(body): \(answer.text)")
        }
        let unknown = try await bridge.request("GET", "/v1/nothing")
        #expect(unknown.status == 404)
        #expect((unknown.object["error"] as? String)?.contains("/v1/nothing") == true)
    }

    @Test func withoutATokenOnlyOnLoopback() throws {
        let folder = try FixtureShop.syncedCopy()
        let refused = try KefuBinary.run(["serve", "--http", "--host", "0.0.0.0", "--no-token"], in: folder.url)
        #expect(refused.status == 64)
        #expect(refused.standardError.contains("--no-token is only allowed on loopback"))
        let open = try RunningBridge(in: folder.url, arguments: ["--no-token"])
        #expect(open.token == nil)
        #expect(!FileManager.default.fileExists(atPath: folder.url.appending(path: ".kefu/token").path))
        // A second bridge on the same port says so plainly.
        let port = try #require(open.base.port)
        let taken = try KefuBinary.run(["serve", "--http", "--no-token", "--port", "\(port)"], in: folder.url)
        #expect(taken.status == 1)
        #expect(taken.standardError.contains("cannot listen on 127.0.0.1:\(port)"))
        let stopped = open.stop()
        #expect(stopped.status == 0)
        #expect(stopped.standardError.contains("without a token"))
    }

    @Test func fiftySessionsAtOnceKeepTheirTurnsInOrder() async throws {
        let script = Self.conversation.map { ["session": "one", "text": $0] }
        // Decision and source of each turn, as one session alone gets them: a lost or reordered turn changes them.
        let expected = try Self.stdioReplies(script).map(Self.outcome)
        #expect(Set(expected).count > 5)
        let folder = try FixtureShop.syncedCopy()
        let bridge = try RunningBridge(in: folder.url)
        let conversations = try await withThrowingTaskGroup(of: (Int, [String]).self) { group in
            for number in 0..<50 {
                group.addTask {
                    var outcomes: [String] = []
                    for text in Self.conversation {
                        outcomes.append(
                            Self.outcome(try await bridge.send(["session": "buyer-\(number)", "text": text])))
                    }
                    return (number, outcomes)
                }
            }
            var all: [Int: [String]] = [:]
            for try await (number, outcomes) in group { all[number] = outcomes }
            return all
        }
        #expect(conversations.count == 50)
        for (number, outcomes) in conversations { #expect(outcomes == expected, "buyer-\(number)") }
        #expect(bridge.stop().status == 0)
        let report = try KefuBinary.run(["report", "--json"], in: folder.url)
        let summary = try #require(
            JSONSerialization.jsonObject(with: Data(report.standardOutput.utf8)) as? [String: Any])
        #expect(summary["messages"] as? Int == 50 * 20)
        #expect(summary["sessions"] as? Int == 50)
    }

    @Test func oneSessionsRequestsSentAtOnceAreTakenOneAtATime() async throws {
        let folder = try FixtureShop.syncedCopy()
        let bridge = try RunningBridge(in: folder.url)
        defer { _ = bridge.stop() }
        // Asked twenty times at once, the same question is answered twice, then handed off as a loop, then
        // silent: two turns racing on the same saved state would answer it more often and lose turns.
        let decisions = try await withThrowingTaskGroup(of: String.self) { group in
            for _ in 0..<20 {
                group.addTask {
                    try await bridge.send(["session": "burst", "text": "拍下以后多长时间发货"])["decision"] as? String ?? "?"
                }
            }
            var all: [String] = []
            for try await decision in group { all.append(decision) }
            return all
        }
        let counts = Dictionary(grouping: decisions, by: { $0 }).mapValues(\.count)
        #expect(counts == ["answer": 2, "handoff": 1, "silent": 17])
        let session = try await bridge.request("GET", "/v1/sessions/burst").object
        #expect((session["tickets"] as? [Any])?.count == 1)
    }

    @Test func aHandoffBecomesATicketThatIsClaimedHandedBackAndKeptAcrossARestart() async throws {
        let folder = try FixtureShop.syncedCopy()
        var bridge = try RunningBridge(in: folder.url)
        #expect(try await bridge.send(["session": "b", "text": "转人工"])["decision"] as? String == "handoff")
        #expect(try await bridge.send(["session": "b", "text": "包邮吗"])["decision"] as? String == "silent")
        #expect(bridge.stop().status == 0)

        bridge = try RunningBridge(in: folder.url)
        defer { _ = bridge.stop() }
        let open = try await bridge.request("GET", "/v1/tickets?state=open").object["tickets"] as? [[String: Any]]
        let ticket = try #require(open?.first)
        #expect(open?.count == 1)
        #expect(ticket["session"] as? String == "b")
        #expect(ticket["reason"] as? String == "requested")
        let id = try #require(ticket["id"] as? Int)
        // Still handed off after the restart: the session is kept in the store.
        #expect(try await bridge.send(["session": "b", "text": "包邮吗"])["decision"] as? String == "silent")

        let claimed = try await bridge.request("POST", "/v1/tickets/\(id)/claim", json: ["agent": "小王"])
        #expect(claimed.status == 200)
        #expect(claimed.object["state"] as? String == "claimed")
        #expect(claimed.object["claimed_by"] as? String == "小王")
        let taken = try await bridge.request("POST", "/v1/tickets/\(id)/claim", json: ["agent": "小李"])
        #expect(taken.status == 409)
        #expect((taken.object["error"] as? String)?.contains("小王") == true)
        #expect(try await bridge.request("POST", "/v1/tickets/999/claim", json: ["agent": "小李"]).status == 404)
        #expect(try await bridge.request("POST", "/v1/tickets/\(id)/claim", json: [:]).status == 400)

        let handedBack = try await bridge.request("POST", "/v1/sessions/b/handback", json: ["agent": "小王"])
        #expect(handedBack.status == 200)
        let closed = try #require((handedBack.object["tickets"] as? [[String: Any]])?.first)
        #expect(closed["state"] as? String == "closed")
        #expect(closed["outcome"] as? String == "handed_back")
        #expect(closed["closed_by"] as? String == "小王")
        #expect(closed["closed_at"] is String)
        let again = try await bridge.send(["session": "b", "text": "要不要邮费"])
        #expect(again["decision"] as? String == "answer")
        #expect((again["source"] as? [String: Any])?["id"] as? String == "shipping-fee")
        #expect(try await bridge.request("POST", "/v1/sessions/b/handback", json: ["agent": "小王"]).status == 409)

        let listed = try KefuBinary.run(["tickets", "--json"], in: folder.url)
        let tickets = try #require(
            JSONSerialization.jsonObject(with: Data(listed.standardOutput.utf8)) as? [[String: Any]])
        #expect(tickets.map { $0["state"] as? String } == ["closed"])
    }

    @Test func aSyncInAnotherTerminalIsPickedUpBeforeTheNextRequest() async throws {
        let folder = try FixtureShop.syncedCopy()
        let bridge = try RunningBridge(in: folder.url)
        defer { _ = bridge.stop() }
        let before = try await bridge.send(["text": "你们支持数字人民币吗"])
        #expect((before["source"] as? [String: Any])?["id"] as? String != "digital-rmb")
        try """
        - id: digital-rmb
          keywords: [数字人民币]
          reply: 亲,支持数字人民币付款~
        """.write(to: folder.url.appending(path: "rules/digital.yaml"), atomically: true, encoding: .utf8)
        #expect(try KefuBinary.run(["sync"], in: folder.url).status == 0)
        let after = try await bridge.send(["text": "你们支持数字人民币吗"])
        #expect((after["source"] as? [String: Any])?["id"] as? String == "digital-rmb")
        #expect(after["reply"] as? String == "亲,支持数字人民币付款~")
    }

    @Test func suggestionsFeedbackAndMetrics() async throws {
        let folder = try FixtureShop.syncedCopy()
        let bridge = try RunningBridge(in: folder.url)
        _ = try await bridge.send(["session": "r", "text": "帮我查物流"])
        let suggestions = try await bridge.request("POST", "/v1/suggestions", json: ["session": "r", "text": "12345"])
        let first = try #require((suggestions.object["suggestions"] as? [[String: Any]])?.first)
        #expect((first["source"] as? [String: Any])?["id"] as? String == "logistics-query")
        #expect((first["reply"] as? String)?.contains("ZT7788990011") == true)
        // Suggesting sends nothing and keeps nothing: the session still waits for its order number.
        let session = try await bridge.request("GET", "/v1/sessions/r").object["session"] as? [String: Any]
        #expect((session?["turns"] as? [Any])?.count == 1)

        _ = try await bridge.send(["session": "r", "text": "拍下以后多长时间发货"])
        let rated = try await bridge.request(
            "POST", "/v1/feedback", json: ["session": "r", "rating": "unhelpful", "comment": "打13812345678问过了"])
        #expect(rated.status == 200)
        #expect(rated.object["source"] as? String == "faq/shipping-time")
        #expect(try await bridge.request("POST", "/v1/feedback", json: ["session": "r", "rating": 9]).status == 400)
        #expect(
            try await bridge.request("POST", "/v1/feedback", json: ["session": "nobody", "rating": 5]).status == 404)

        let metrics = try await bridge.request("GET", "/metrics", authorization: .some(nil)).text
        #expect(metrics.contains(#"kefu_messages_total{decision="answer"} 1"#))
        #expect(metrics.contains(#"kefu_messages_total{decision="ask"} 1"#))
        #expect(metrics.contains("kefu_answer_duration_seconds_count 2"))
        #expect(metrics.contains("kefu_open_tickets 0"))
        #expect(bridge.stop().status == 0)
        #expect(!StoreFiles.contain("13812345678", in: folder.url))
    }

    private static func outcome(_ reply: [String: Any]) -> String {
        let source = (reply["source"] as? [String: Any])?["id"] as? String ?? "-"
        return "\(reply["decision"] as? String ?? "?") \(source)"
    }
}
