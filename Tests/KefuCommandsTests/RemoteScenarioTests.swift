import Foundation
import KefuTestSupport
import Testing

/// The team scenarios of the remotes issue, through the built binary, against a shared folder and
/// against a local bare git repository.
@Suite struct RemoteScenarioTests {
    enum Kind: String, CaseIterable, Sendable {
        case folder, git
    }

    /// A shared remote of `kind` and its TARGET as `kefu remote add` takes it.
    static func makeRemote(_ kind: Kind) throws -> (TemporaryFolder, String) {
        let shared = try TemporaryFolder("shared")
        switch kind {
        case .folder:
            return (shared, shared.url.appending(path: "rules").path)
        case .git:
            let bare = shared.url.appending(path: "rules.git")
            let process = Process()
            process.executableURL = URL(filePath: "/usr/bin/env")
            process.arguments = ["git", "init", "--quiet", "--bare", bare.path]
            try process.run()
            process.waitUntilExit()
            return (shared, "git+file://\(bare.path)")
        }
    }

    static let faq = """
        - id: shipping-time
          question: 什么时候发货?
          similar: [多久发货]
          answer: 亲,48小时内发货~
          intent: logistics
        - id: return-policy
          question: 支持七天无理由退货吗?
          answer: 支持7天无理由退换~
          intent: aftersale

        """

    /// 小王, who starts the team's bundle with `faq` and pushes it to `target` as `origin`.
    static func founder(pushingTo target: String, faq: String = RemoteScenarioTests.faq) throws -> TeamMember {
        let wang = try TeamMember("xiaowang")
        try wang.succeed(["init", wang.root.path, "--preset", "taobao", "--name", "团队店"])
        try wang.write("faq/faq.yaml", faq)
        try wang.succeed(["remote", "add", "origin", target])
        try wang.succeed(["push", "origin"])
        return wang
    }

    @Test(arguments: Kind.allCases)
    func threeMembersConvergeWithoutLosingAnEdit(_ kind: Kind) throws {
        let (shared, target) = try Self.makeRemote(kind)
        let wang = try Self.founder(pushingTo: target)
        let li = try TeamMember("xiaoli")
        let zhang = try TeamMember("xiaozhang")
        for member in [li, zhang] {
            try member.succeed(["clone", target, member.root.path])
            #expect(try member.field("faq/shipping-time", "answer") == "亲,48小时内发货~")
            #expect(FileManager.default.fileExists(atPath: member.root.appending(path: "faq/faq.yaml").path))
        }

        // Different fields of one FAQ, edited by two people: the second to push pulls and merges.
        try wang.edit("faq/faq.yaml", replacing: "48小时内发货", with: "24小时内发货")
        try wang.succeed(["push"])
        #expect(try li.succeed(["status"]).standardOutput.contains("origin: 0 items to push; the remote is at version"))
        try li.edit("faq/faq.yaml", replacing: "intent: logistics", with: "intent: shipping")
        let refused = try li.kefu(["push"])
        #expect(refused.status == 1)
        #expect(refused.standardError == "error: the remote has changed since your last pull; run `kefu pull origin`\n")
        let pull = try li.succeed(["pull"])
        #expect(pull.standardOutput.contains("1 merged, 0 conflicts"))
        try li.succeed(["push"])
        #expect(try li.field("faq/shipping-time", "answer") == "亲,24小时内发货~")

        // The same field, edited by two people: the one who pulls second gets the conflict.
        try li.edit("faq/faq.yaml", replacing: "支持7天无理由退换~", with: "支持7天无理由退换,需保持吊牌完好~")
        try li.succeed(["push"])
        try zhang.edit("faq/faq.yaml", replacing: "支持7天无理由退换~", with: "支持7天无理由退换,运费险可赔付~")
        #expect(try zhang.kefu(["push"]).status == 1)
        let conflicted = try zhang.succeed(["pull"])
        #expect(conflicted.standardOutput.contains("conflict: faq/return-policy (answer)"))
        let blocked = try zhang.kefu(["push"])
        #expect(
            blocked.standardError == "error: 1 conflict is open; resolve it (see 'kefu conflicts') before pushing\n"
        )
        // Both texts are kept; zhang settles on one that has both.
        try zhang.edit(
            "conflicts/faq-return-policy.yaml", replacing: "answer: 支持7天无理由退换,运费险可赔付~\n  intent: aftersale\n",
            with: "answer: 支持7天无理由退换,需保持吊牌完好,运费险可赔付~\n  intent: aftersale\n")
        try zhang.succeed(["resolve", "faq/return-policy", "--file", "conflicts/faq-return-policy.yaml"])
        try zhang.succeed(["push"])

        // A new entry from wang, who must pull first.
        try wang.write("faq/more.yaml", "- id: invoice\n  question: 能开发票吗?\n  answer: 可以开电子发票~\n")
        #expect(try wang.kefu(["push"]).status == 1)
        try wang.succeed(["pull"])
        try wang.succeed(["push"])
        try li.succeed(["pull"])
        try zhang.succeed(["pull"])

        let final = try wang.items()
        #expect(try li.items() == final)
        #expect(try zhang.items() == final)
        #expect(try wang.field("faq/shipping-time", "answer") == "亲,24小时内发货~")
        #expect(try wang.field("faq/shipping-time", "intent") == "shipping")
        #expect(try wang.field("faq/return-policy", "answer") == "支持7天无理由退换,需保持吊牌完好,运费险可赔付~")
        #expect(try wang.field("faq/invoice", "answer") == "可以开电子发票~")
        for member in [wang, li, zhang] {
            let status = try member.succeed(["status"]).standardOutput
            #expect(
                status.contains("origin: 0 items to push; the remote is at the version last pulled"),
                "\(member.name): \(status)")
        }
        withExtendedLifetime(shared) {}
    }

    @Test func conflictCopiesInASharedFolderAreReportedNotImported() throws {
        let (shared, target) = try Self.makeRemote(.folder)
        let wang = try TeamMember("xiaowang")
        try wang.succeed(["init", wang.root.path])
        try wang.write("faq/faq.yaml", Self.faq)
        try wang.succeed(["remote", "add", "origin", target])
        try wang.succeed(["push"])
        // A file-sync tool left a conflicted copy of an item file inside the current snapshot.
        let snapshots = URL(filePath: target).appending(path: "snapshots")
        let snapshot = try #require(try FileManager.default.contentsOfDirectory(atPath: snapshots.path).first)
        let copy = snapshots.appending(path: "\(snapshot)/faq/faq.sync-conflict-20261121-101010-ABCDEF.yaml")
        try "- id: stray\n  question: x\n  answer: y\n".write(to: copy, atomically: true, encoding: .utf8)

        let li = try TeamMember("xiaoli")
        try li.succeed(["clone", target, li.root.path])
        let pull = try li.succeed(["pull"])
        #expect(
            pull.standardError.contains(
                "faq.sync-conflict-20261121-101010-ABCDEF.yaml' is a conflict copy left by a file-sync tool"))
        #expect(try li.items()["faq/stray"] == nil)
        withExtendedLifetime(shared) {}
    }

    @Test func remoteNamesAndTargetsAreChecked() throws {
        let wang = try TeamMember("xiaowang")
        try wang.succeed(["init", wang.root.path])
        #expect(try wang.kefu(["remote", "add", "Origin!", "/tmp/x"]).status == 64)
        #expect(try wang.kefu(["remote", "add", "origin", "git+--upload-pack=touch /tmp/pwned"]).status == 64)
        try wang.succeed(["remote", "add", "origin", "/tmp/somewhere"])
        #expect(
            try wang.kefu(["remote", "add", "origin", "/tmp/else"]).standardError.contains(
                "already a remote called 'origin'"))
        #expect(try wang.kefu(["pull", "upstream"]).standardError.contains("no remote called 'upstream'"))
        let listed = try wang.succeed(["remote", "list", "--json"]).standardOutput
        #expect(listed.contains("\"target\" : \"/tmp/somewhere\""))
        try wang.succeed(["remote", "remove", "origin"])
        #expect(try wang.succeed(["remote", "list"]).standardOutput.hasPrefix("No remotes."))
    }

    @Test func aStaleLockNamesItsHolderAndCanBeBroken() throws {
        let (shared, target) = try Self.makeRemote(.folder)
        let wang = try TeamMember("xiaowang")
        try wang.succeed(["init", wang.root.path])
        try wang.succeed(["remote", "add", "origin", target])
        try wang.succeed(["push"])
        try "pid 4242 on other-host by xiaoli since 2026-11-20T09:00:00Z\n".write(
            to: URL(filePath: target).appending(path: ".kefu-lock"), atomically: true, encoding: .utf8)
        try wang.write("faq/faq.yaml", Self.faq)
        let locked = try KefuBinary.run(
            ["push"], in: wang.root, environment: ["KEFU_AUTHOR": "xiaowang", "KEFU_LOCK_TIMEOUT": "0"])
        #expect(locked.status == 1)
        #expect(
            locked.standardError.contains(
                "the remote is locked by pid 4242 on other-host by xiaoli since 2026-11-20T09:00:00Z"))
        #expect(locked.standardError.contains("kefu push origin --break-lock"))
        try wang.succeed(["push", "--break-lock"])
        withExtendedLifetime(shared) {}
    }

    /// A push killed while it held the lock leaves it behind; on the same machine, with its process
    /// gone (or with the lock left empty for seconds), the next push takes it over without being asked.
    @Test func aLockLeftByADeadPushOnThisMachineIsTakenOver() throws {
        let (shared, target) = try Self.makeRemote(.folder)
        let wang = try TeamMember("xiaowang")
        try wang.succeed(["init", wang.root.path])
        try wang.succeed(["remote", "add", "origin", target])
        try wang.succeed(["push"])
        // A process id above the kernel's largest: no process has it, now or later (an exited process's
        // id could be given to a new one before the push looks).
        let pidMax = try String(contentsOfFile: "/proc/sys/kernel/pid_max", encoding: .utf8)
        let gone = try #require(Int32(pidMax.trimmingCharacters(in: .whitespacesAndNewlines))) + 1
        let host = ProcessInfo.processInfo.hostName
        try "pid \(gone) on \(host) by xiaowang since 2026-11-20T09:00:00Z\n".write(
            to: URL(filePath: target).appending(path: ".kefu-lock"), atomically: true, encoding: .utf8)
        try wang.write("faq/faq.yaml", Self.faq)
        let push = try KefuBinary.run(
            ["push"], in: wang.root, environment: ["KEFU_AUTHOR": "xiaowang", "KEFU_LOCK_TIMEOUT": "0"])
        #expect(push.status == 0, "\(push.standardError)")
        // A push killed between creating the lock and writing its name left it empty, long ago.
        let lock = URL(filePath: target).appending(path: ".kefu-lock")
        FileManager.default.createFile(atPath: lock.path, contents: Data())
        try FileManager.default.setAttributes(
            [.modificationDate: Date(timeIntervalSince1970: 1_764_554_400)], ofItemAtPath: lock.path)
        try wang.write("faq/again.yaml", "- id: again\n  question: 再问一次\n  answer: 好的\n")
        let afterEmpty = try KefuBinary.run(
            ["push"], in: wang.root, environment: ["KEFU_AUTHOR": "xiaowang", "KEFU_LOCK_TIMEOUT": "0"])
        #expect(afterEmpty.status == 0, "\(afterEmpty.standardError)")
        // A live holder on this machine is still waited for, then named.
        try "pid \(getpid()) on \(host) by xiaoli since 2026-11-20T09:00:00Z\n".write(
            to: URL(filePath: target).appending(path: ".kefu-lock"), atomically: true, encoding: .utf8)
        try wang.write("faq/more.yaml", "- id: more\n  question: 还有吗\n  answer: 有的\n")
        let locked = try KefuBinary.run(
            ["push"], in: wang.root, environment: ["KEFU_AUTHOR": "xiaowang", "KEFU_LOCK_TIMEOUT": "0"])
        #expect(locked.status == 1)
        #expect(locked.standardError.contains("the remote is locked by pid \(getpid())"))
        withExtendedLifetime(shared) {}
    }
}
