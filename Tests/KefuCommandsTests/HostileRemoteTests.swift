import Foundation
import KefuStore
import KefuTestSupport
import Testing

/// Remote targets are data, never commands: whatever a seller pastes into `kefu clone` or `kefu remote
/// add`, or a colleague plants in a remote record, git never reads it as an option or a transport that
/// runs a program, and a clone that fails leaves nothing behind.
@Suite struct HostileRemoteTests {
    /// Targets that, handed to git as they are, would run `touch pwned` (or could: `ext::`), or that
    /// hold characters which would split a configuration line or rewrite the terminal.
    static let hostile = [
        "git+--upload-pack=touch pwned", "git+-uhttps://x", "git+ext::sh -c touch% pwned", "git+fd::3",
        "git+file:///tmp/x\nurl = evil", "git+file:///tmp/\u{1B}[2Jx", "git+file:///tmp/\u{202E}lmay.x", "",
    ]

    @Test(arguments: hostile)
    func cloneRefusesATargetGitWouldRunOrMisread(_ target: String) throws {
        let work = try TemporaryFolder("hostile-clone")
        // A clone that failed earlier left kefu's git folder behind; it must not be reused either.
        let leftover = work.url.appending(path: "shop/.kefu/remotes/origin")
        try FileManager.default.createDirectory(at: leftover, withIntermediateDirectories: true)
        try Self.git(["init", "--quiet", leftover.path])

        let clone = try KefuBinary.run(["clone", target, "shop"], in: work.url)
        #expect(clone.status == 64, "\(clone.standardError)")
        #expect(clone.standardError.hasPrefix("error: '"), "\(clone.standardError)")
        #expect(clone.standardError.contains("is not a folder or a git URL"))
        #expect(!clone.standardError.contains("\u{1B}") && !clone.standardError.contains("\u{202E}"))
        #expect(clone.standardError.split(separator: "\n").count == 1, "one line, whatever the target holds")
        #expect(try Self.pwned(under: work.url) == [])
        #expect(!FileManager.default.fileExists(atPath: work.url.appending(path: "shop/bundle.yaml").path))
    }

    @Test(arguments: hostile)
    func remoteAddRefusesItAndRecordsNothing(_ target: String) throws {
        let member = try TeamMember("xiaowang")
        try member.succeed(["init", member.root.path])
        let add = try member.kefu(["remote", "add", "origin", target])
        #expect(add.status == 64, "\(add.standardError)")
        #expect(add.standardError.contains("is not a folder or a git URL"))
        #expect(try Store.open(at: member.root.appending(path: Store.relativePath)).remotes().isEmpty)
        #expect(try Self.pwned(under: member.folder.url) == [])
    }

    /// A remote record changed behind kefu's back (the store is a file like any other) is checked again
    /// before git sees it: pull and push refuse it and run nothing.
    @Test(arguments: ["pull", "push"])
    func aPlantedRemoteRecordIsRefusedByPullAndPush(_ command: String) throws {
        let member = try TeamMember("xiaowang")
        try member.succeed(["init", member.root.path])
        let store = try Store.open(at: member.root.appending(path: Store.relativePath))
        try store.addRemote(Remote(name: "origin", kind: .git, target: "--upload-pack=touch pwned"))
        let run = try member.kefu([command, "origin"])
        #expect(run.status == 64, "\(run.standardError)")
        #expect(run.standardError.contains("'git+--upload-pack=touch pwned' is not a folder or a git URL"))
        #expect(try Self.pwned(under: member.folder.url) == [])
    }

    /// A clone of a repository that is not there fails, and the folder it was to make is not left half
    /// made; a second clone into the same place starts afresh and works.
    @Test func aFailedCloneLeavesNothingBehind() throws {
        let (shared, target) = try RemoteScenarioTests.makeRemote(.git)
        let work = try TemporaryFolder("failed-clone")
        let missing = try KefuBinary.run(["clone", "git+file:///nonexistent/rules.git", "shop"], in: work.url)
        #expect(missing.status == 1, "\(missing.standardError)")
        #expect(missing.standardError.contains("git clone"))
        #expect(!FileManager.default.fileExists(atPath: work.url.appending(path: "shop").path))

        let wang = try TeamMember("xiaowang")
        try wang.succeed(["init", wang.root.path])
        try wang.succeed(["remote", "add", "origin", target])
        try wang.succeed(["push"])
        let clone = try KefuBinary.run(["clone", target, "shop"], in: work.url)
        #expect(clone.status == 0, "\(clone.standardError)")
        #expect(FileManager.default.fileExists(atPath: work.url.appending(path: "shop/bundle.yaml").path))
        withExtendedLifetime(shared) {}
    }

    /// A remote whose bundle.yaml is malformed is refused with the problem placed in that file, and the
    /// clone leaves nothing behind.
    @Test func aCloneOfARemoteWithABrokenManifestSaysWhereAndLeavesNothing() throws {
        let (shared, target) = try RemoteScenarioTests.makeRemote(.folder)
        _ = try RemoteScenarioTests.founder(pushingTo: target)
        let snapshots = URL(filePath: target).appending(path: "snapshots")
        let snapshot = try #require(try FileManager.default.contentsOfDirectory(atPath: snapshots.path).first)
        try Data("format: 1\nid: [not, an, id\n".utf8).write(
            to: snapshots.appending(path: snapshot).appending(path: "bundle.yaml"))
        let work = try TemporaryFolder("broken-clone")
        let clone = try KefuBinary.run(["clone", target, "shop"], in: work.url)
        #expect(clone.status != 0)
        #expect(clone.standardError.contains("bundle.yaml:"), "\(clone.standardError)")
        #expect(!FileManager.default.fileExists(atPath: work.url.appending(path: "shop").path))
        withExtendedLifetime(shared) {}
    }

    /// Every file called `pwned` under `folder`.
    static func pwned(under folder: URL) throws -> [String] {
        let walker = try #require(FileManager.default.enumerator(atPath: folder.path))
        return walker.compactMap { $0 as? String }.filter { $0.hasSuffix("pwned") }
    }

    static func git(_ arguments: [String]) throws {
        let process = Process()
        process.executableURL = URL(filePath: "/usr/bin/env")
        process.arguments = ["git"] + arguments
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
    }
}
