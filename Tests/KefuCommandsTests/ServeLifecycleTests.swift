import Foundation
import KefuTestSupport
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// `kefu serve --stdio` keeps what it answered and ends cleanly: stopped by a signal or by a reader
/// that went away, every answered message is in the conversation log, and the status is 0. Hostile
/// lines (a megabyte, a 10,000-character id) are answered with an error, and the stream goes on.
@Suite struct ServeLifecycleTests {
    private func shop() throws -> TemporaryFolder {
        let folder = try FixtureShop.copy()
        #expect(try KefuBinary.run(["sync"], in: folder.url).status == 0)
        return folder
    }

    /// How many messages the conversation log holds, as `kefu report` counts them.
    private func loggedMessages(in folder: TemporaryFolder) throws -> Int? {
        let report = try KefuBinary.run(["report", "--json"], in: folder.url)
        let object = try JSONSerialization.jsonObject(with: Data(report.standardOutput.utf8)) as? [String: Any]
        return object?["messages"] as? Int
    }

    /// Before: the log was written in batches of 200, and SIGTERM after 150 answers left none of them.
    @Test(arguments: [SIGTERM, SIGINT])
    func aStoppedServerHasLoggedEveryAnswer(_ signal: Int32) throws {
        let folder = try shop()
        let server = try LineConversation(["serve", "--stdio", "--no-trace"], in: folder.url)
        try server.sendAll((1...150).map { #"{"session": "s\#($0)", "text": "包邮吗"}"# })
        let replies = server.readLines(150)
        #expect(replies.count == 150)
        #expect(replies.allSatisfy { $0.contains("\"decision\":\"answer\"") })
        let stopped = server.stop(with: signal)
        #expect(stopped.status == 0 && stopped.reason == .exit, "\(stopped)")
        #expect(try loggedMessages(in: folder) == 150)
    }

    /// Before: a reader that closed its end killed the server with SIGPIPE (status 141).
    @Test func aReaderThatGoesAwayEndsTheServerWithStatusZero() throws {
        let folder = try shop()
        let process = Process()
        process.executableURL = KefuBinary.url
        process.arguments = ["serve", "--stdio", "--no-trace"]
        process.currentDirectoryURL = folder.url
        process.environment = KefuBinary.environment()
        let input = Pipe()
        let output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        try output.fileHandleForReading.close()
        try input.fileHandleForWriting.write(contentsOf: Data(#"{"text": "包邮吗"}"#.utf8 + [10]))
        try input.fileHandleForWriting.close()
        process.waitUntilExit()
        #expect(process.terminationReason == .exit)
        #expect(process.terminationStatus == 0)
        #expect(try loggedMessages(in: folder) == 1)
    }

    @Test func anOverlongLineOrIdIsAnErrorAndTheStreamGoesOn() throws {
        let folder = try shop()
        let megabytes = #"{"text": ""# + String(repeating: "包", count: 400_000) + #""}"#
        let longSession = #"{"session": ""# + String(repeating: "s", count: 10_000) + #"", "text": "包邮吗"}"#
        let input = [megabytes, longSession, #"{"session": "ok", "text": "包邮吗"}"#].joined(separator: "\n") + "\n"
        let result = try KefuBinary.run(["serve", "--stdio", "--no-trace"], in: folder.url, input: input)
        #expect(result.status == 0)
        let lines = result.standardOutput.split(separator: "\n").map(String.init)
        #expect(lines.count == 3)
        #expect(lines[0].contains("\"line\":1") && lines[0].contains("longer than 1048576 bytes"), "\(lines[0])")
        #expect(
            lines[1].contains("\"line\":2") && lines[1].contains("\\\"session\\\" is longer than 200"), "\(lines[1])")
        #expect(lines[2].contains("\"decision\":\"answer\""))
        #expect(try loggedMessages(in: folder) == 1)

        let ask = try KefuBinary.run(["ask", "--session", String(repeating: "s", count: 201), "包邮吗"], in: folder.url)
        #expect(ask.status == 64)
        #expect(ask.standardError.contains("--session is longer than 200 characters"))
    }

    @Test func aChatLogWithAnOverlongIdIsRefusedAtItsLine() throws {
        let folder = try shop()
        let log = [
            #"{"time":"2026-11-02T10:00:00+08:00","session":"a","buyer":"b","text":"包邮吗"}"#,
            #"{"time":"2026-11-02T10:01:00+08:00","session":""# + String(repeating: "s", count: 5_000)
                + #"","buyer":"b","text":"包邮吗"}"#,
        ].joined(separator: "\n")
        try log.write(to: folder.url.appending(path: "long.jsonl"), atomically: true, encoding: .utf8)
        // Skipped with a warning by default, refused whole with --strict; never stored.
        let replay = try KefuBinary.run(["replay", "long.jsonl"], in: folder.url)
        #expect(replay.status == 0)
        #expect(replay.standardError.contains("long.jsonl:2:1: warning: session is longer than 200 characters"))
        #expect(replay.standardError.count < 2_000)
        let strict = try KefuBinary.run(["replay", "long.jsonl", "--strict"], in: folder.url)
        #expect(strict.status == 65)
        #expect(strict.standardError.contains("long.jsonl:2:1: error: session is longer than 200 characters"))
    }
}
