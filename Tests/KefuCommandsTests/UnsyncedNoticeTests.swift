import Foundation
import KefuTestSupport
import Testing

/// `kefu ask` and `kefu chat` answer from the store; before, an edit not yet synced was silently left out
/// and a seller testing it saw the old answer with no word why.
@Suite struct UnsyncedNoticeTests {
    @Test func anEditNotYetSyncedIsNamedInOneLine() throws {
        let sample = try SampleShop()
        let (folder, shop) = (sample.folder, sample.root)
        let synced = try KefuBinary.run(["ask", "包邮吗"], in: shop)
        #expect(!synced.standardError.contains("changed since the last sync"), "\(synced.standardError)")

        let file = shop.appending(path: "faq/presale.yaml")
        try (try String(contentsOf: file, encoding: .utf8)).replacingOccurrences(of: "全国包邮", with: "全国包邮哦")
            .write(to: file, atomically: true, encoding: .utf8)
        try "- id: extra\n  question: 有赠品吗?\n  answer: 有的~\n".write(
            to: shop.appending(path: "faq/extra.yaml"), atomically: true, encoding: .utf8)
        let ask = try KefuBinary.run(["ask", "包邮吗"], in: shop)
        #expect(!ask.standardOutput.contains("全国包邮哦"), "the answer still comes from the store")
        #expect(
            ask.standardError.contains(
                "2 files changed since the last sync (faq/extra.yaml, faq/presale.yaml): answers come from the store without them; run kefu sync\n"
            ), "\(ask.standardError)")
        let chat = try KefuBinary.run(["chat"], in: shop, input: "包邮吗\n")
        #expect(chat.standardError.contains("run kefu sync, or :reload"), "\(chat.standardError)")

        #expect(try KefuBinary.run(["sync"], in: shop).status == 0)
        let after = try KefuBinary.run(["ask", "包邮吗"], in: shop)
        #expect(after.standardOutput.contains("全国包邮哦"))
        #expect(!after.standardError.contains("changed since the last sync"))
    }
}

/// A folder sync finds its author (`git config user.name`, a process start) only when it records a change:
/// `kefu ask`'s unsynced notice, `kefu status` and `kefu diff` record nothing, and every fresh `kefu ask`
/// had paid a sixth of its time on a large shop for it.
@Suite struct AnswerWithoutAuthorTests {
    @Test func askStatusAndDiffRunNoGitWhileASyncStillFindsItsAuthorThere() throws {
        let sample = try SampleShop()
        let shop = sample.root
        let tools = sample.folder.url.appending(path: "tools")
        try FileManager.default.createDirectory(at: tools, withIntermediateDirectories: true)
        let calls = sample.folder.url.appending(path: "git-calls")
        let git = tools.appending(path: "git")
        try "#!/bin/sh\necho \"$@\" >> '\(calls.path)'\necho Fake Author\n".write(
            to: git, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: git.path)
        let path = tools.path + ":" + (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin")
        // An empty KEFU_AUTHOR is no author, so kefu would ask git.
        let environment = ["PATH": path, "KEFU_AUTHOR": ""]

        let ask = try KefuBinary.run(["ask", "包邮吗"], in: shop, environment: environment)
        #expect(ask.status == 0, "\(ask.standardError)")
        #expect(!FileManager.default.fileExists(atPath: calls.path), "kefu ask ran git")

        try "- id: extra\n  question: 有赠品吗?\n  answer: 有的~\n".write(
            to: shop.appending(path: "faq/extra.yaml"), atomically: true, encoding: .utf8)
        let stillUnsynced = try KefuBinary.run(["ask", "包邮吗"], in: shop, environment: environment)
        #expect(stillUnsynced.standardError.contains("faq/extra.yaml"), "\(stillUnsynced.standardError)")
        #expect(!FileManager.default.fileExists(atPath: calls.path), "the unsynced notice ran git")
        for command in ["status", "diff"] {
            let result = try KefuBinary.run([command], in: shop, environment: environment)
            #expect(result.standardOutput.contains("extra"), "\(command): \(result.standardOutput)")
            #expect(!FileManager.default.fileExists(atPath: calls.path), "kefu \(command) ran git")
        }

        let sync = try KefuBinary.run(["sync"], in: shop, environment: environment)
        #expect(sync.status == 0, "\(sync.standardError)")
        let recorded = try String(contentsOf: calls, encoding: .utf8)
        #expect(recorded.contains("config user.name"), "the fake git stands where kefu looks: \(recorded)")
        let log = try KefuBinary.run(["log", "--json"], in: shop)
        #expect(log.standardOutput.contains("Fake Author"), "\(log.standardOutput.prefix(400))")
    }
}
