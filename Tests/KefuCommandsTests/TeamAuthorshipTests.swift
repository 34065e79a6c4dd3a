import Foundation
import KefuTestSupport
import Testing

/// Each revision keeps the teammate who made it, and when, through push, pull and clone: on a shared
/// folder and on a git repository, including an edit committed to the repository by hand.
@Suite struct TeamAuthorshipTests {
    typealias Kind = RemoteScenarioTests.Kind

    /// Who made each revision of `item`, oldest first, as `kefu log ITEM --json` tells `member`.
    static func history(of item: String, by member: TeamMember) throws -> [(
        author: String, at: Date, operation: String
    )] {
        let output = try member.succeed(["log", item, "--json"]).standardOutput
        let entries = try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [[String: Any]] ?? []
        let dates = ISO8601DateFormatter()
        return entries.map { entry in
            (
                entry["author"] as? String ?? "", dates.date(from: entry["createdAt"] as? String ?? "") ?? .distantPast,
                entry["operation"] as? String ?? ""
            )
        }
    }

    static func git(_ arguments: [String], in folder: URL) throws {
        let process = Process()
        process.executableURL = URL(filePath: "/usr/bin/env")
        process.arguments = ["git", "-C", folder.path] + arguments
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "git \(arguments.joined(separator: " "))")
    }

    @Test(arguments: Kind.allCases)
    func everyRevisionKeepsItsRealAuthorAndTime(_ kind: Kind) throws {
        let (shared, target) = try RemoteScenarioTests.makeRemote(kind)
        let wang = try RemoteScenarioTests.founder(
            pushingTo: target, faq: RemoteScenarioTests.faq + "- id: invoice\n  question: 能开发票吗?\n  answer: 可以~\n")
        let li = try TeamMember("xiaoli")
        let zhang = try TeamMember("xiaozhang")
        let made = try Self.history(of: "faq/shipping-time", by: wang)
        #expect(made.map(\.author) == ["xiaowang"])

        // A clone starts its history with the pull, each item credited to its maker at its time.
        try li.succeed(["clone", target, li.root.path])
        let cloned = try Self.history(of: "faq/shipping-time", by: li)
        #expect(cloned.map(\.author) == ["xiaowang"])
        #expect(cloned.map(\.operation) == ["pull"])
        #expect(abs((cloned.first?.at ?? .distantPast).timeIntervalSince(made.first?.at ?? .distantFuture)) < 1)
        let log = try li.succeed(["log"]).standardOutput
        #expect(!log.contains(" sync "), "a clone records no sync of the files it wrote: \(log)")

        // Li changes one FAQ and deletes another; wang pulls both, credited to li, not to the remote.
        try li.edit("faq/faq.yaml", replacing: "48小时内发货", with: "24小时内发货")
        try li.edit("faq/faq.yaml", replacing: "- id: invoice\n  question: 能开发票吗?\n  answer: 可以~\n", with: "")
        try li.succeed(["push"])
        try wang.succeed(["pull"])
        #expect(try Self.history(of: "faq/shipping-time", by: wang).map(\.author) == ["xiaowang", "xiaoli"])
        #expect(try Self.history(of: "faq/invoice", by: wang).map(\.author) == ["xiaowang", "xiaoli"])

        // Wang pushes an edit of his own; zhang, cloning now, sees each change by whoever made it, although
        // wang published them all.
        try wang.edit("faq/faq.yaml", replacing: "intent: aftersale", with: "intent: returns")
        try wang.succeed(["push"])
        try zhang.succeed(["clone", target, zhang.root.path])
        #expect(try Self.history(of: "faq/shipping-time", by: zhang).map(\.author) == ["xiaoli"])
        #expect(try Self.history(of: "faq/return-policy", by: zhang).map(\.author) == ["xiaowang"])

        // The other side of a conflict names its maker.
        try zhang.edit("faq/faq.yaml", replacing: "支持7天无理由退换~", with: "支持7天无理由退换,运费险可赔付~")
        try li.succeed(["pull"])
        try li.edit("faq/faq.yaml", replacing: "支持7天无理由退换~", with: "支持7天无理由退换,需吊牌完好~")
        try li.succeed(["push"])
        try zhang.succeed(["pull"])
        let conflicts = try zhang.succeed(["conflicts", "--json"]).standardOutput
        let first = (try JSONSerialization.jsonObject(with: Data(conflicts.utf8)) as? [[String: Any]])?.first
        #expect(first?["theirsAuthor"] as? String == "xiaoli")
        #expect(first?["oursAuthor"] as? String == "xiaozhang")

        if kind == .git {
            // An edit committed to the repository by hand is credited to that commit's author.
            let hand = shared.url.appending(path: "hand")
            try Self.git(
                ["clone", "--quiet", String(target.dropFirst("git+file://".count)), hand.path], in: shared.url)
            let file = hand.appending(path: "faq/faq.yaml")
            let text = try String(contentsOf: file, encoding: .utf8)
            try text.replacingOccurrences(of: "多久发货", with: "几天发货").write(to: file, atomically: true, encoding: .utf8)
            try Self.git(
                ["-c", "user.name=laozhao", "-c", "user.email=z@example.com", "commit", "-qam", "by hand"], in: hand)
            try Self.git(["push", "--quiet", "origin", "HEAD"], in: hand)
            try wang.succeed(["pull"])
            #expect(
                try Self.history(of: "faq/shipping-time", by: wang).map(\.author) == ["xiaowang", "xiaoli", "laozhao"])
        }
        withExtendedLifetime(shared) {}
    }

    /// The authors file comes from the remote: a link in its place, or a broken one, is never followed or
    /// trusted. The pull goes on, says so, and credits the publisher.
    @Test func aHostileAuthorsFileIsAWarningNotAReason() throws {
        let (shared, target) = try RemoteScenarioTests.makeRemote(.git)
        _ = try RemoteScenarioTests.founder(pushingTo: target)
        let li = try TeamMember("xiaoli")
        try li.succeed(["clone", target, li.root.path])

        let hand = shared.url.appending(path: "hand")
        try Self.git(["clone", "--quiet", String(target.dropFirst("git+file://".count)), hand.path], in: shared.url)
        try FileManager.default.removeItem(at: hand.appending(path: ".kefu-authors.json"))
        try FileManager.default.createSymbolicLink(
            atPath: hand.appending(path: ".kefu-authors.json").path, withDestinationPath: "/etc/passwd")
        let file = hand.appending(path: "faq/faq.yaml")
        let text = try String(contentsOf: file, encoding: .utf8)
        try text.replacingOccurrences(of: "多久发货", with: "几天发货").write(to: file, atomically: true, encoding: .utf8)
        try Self.git(["add", "--all"], in: hand)
        try Self.git(["-c", "user.name=mallory", "-c", "user.email=m@example.com", "commit", "-qm", "link"], in: hand)
        try Self.git(["push", "--quiet", "origin", "HEAD"], in: hand)

        let pull = try li.succeed(["pull"])
        #expect(pull.standardError.contains("who made each change could not be read"), "\(pull.standardError)")
        #expect(pull.standardError.contains("not a plain file"))
        #expect(!pull.standardOutput.contains("root:"))
        #expect(try Self.history(of: "faq/shipping-time", by: li).map(\.author) == ["xiaowang", "mallory"])
        withExtendedLifetime(shared) {}
    }
}
