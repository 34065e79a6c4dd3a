import Foundation
import KefuTestSupport
import Testing

/// A shared folder is read only as it was pushed: the manifest lists every file of the snapshot with its
/// SHA-256, names a snapshot of `snapshots/` and nothing else, and kefu pushes only into an empty folder
/// or a kefu remote. Before: a file cut off at a line boundary deleted 9 FAQs on pull, a manifest could
/// point anywhere, `status` called a damaged manifest "up to date", and a push wrote into any folder.
@Suite struct SharedFolderIntegrityTests {
    /// Wang pushes eight FAQs to a shared folder and li clones it.
    private func team() throws -> (shared: TemporaryFolder, remote: URL, wang: TeamMember, li: TeamMember) {
        let (shared, target) = try RemoteScenarioTests.makeRemote(.folder)
        let wang = try TeamMember("xiaowang")
        let li = try TeamMember("xiaoli")
        try wang.succeed(["init", wang.root.path, "--name", "团队店"])
        try wang.write("faq/eight.yaml", DeletionGuardTests.eightFAQs)
        try wang.succeed(["remote", "add", "origin", target])
        try wang.succeed(["push", "origin"])
        try li.succeed(["clone", target, li.root.path])
        try wang.edit("faq/eight.yaml", replacing: "回答1~", with: "回答一~")
        try wang.succeed(["push"])
        return (shared, URL(filePath: target), wang, li)
    }

    private func manifest(_ remote: URL) throws -> [String: Any] {
        try #require(
            JSONSerialization.jsonObject(with: Data(contentsOf: remote.appending(path: "kefu-remote.json")))
                as? [String: Any])
    }

    private func writeManifest(_ object: [String: Any], to remote: URL) throws {
        try JSONSerialization.data(withJSONObject: object).write(to: remote.appending(path: "kefu-remote.json"))
    }

    @Test func aFileCutOffOrAddedInTheSnapshotIsNeverRead() throws {
        let (shared, remote, _, li) = try team()
        defer { _ = shared }
        let snapshot = remote.appending(path: try #require(try manifest(remote)["snapshot"] as? String))
        let file = snapshot.appending(path: "faq/eight.yaml")
        let whole = try String(contentsOf: file, encoding: .utf8)
        // Cut at a line boundary: still valid YAML, with three FAQs fewer.
        let lines = whole.split(separator: "\n", omittingEmptySubsequences: false)
        try lines.prefix(lines.count - 10).joined(separator: "\n").write(to: file, atomically: true, encoding: .utf8)
        let cut = try li.kefu(["pull"])
        #expect(cut.status == 1)
        #expect(cut.standardError.contains("faq/eight.yaml is missing, extra or changed"), "\(cut.standardError)")
        #expect(try li.field("faq/q8", "answer") == "回答8~")
        #expect(try li.field("faq/q1", "answer") == "回答1~")

        try whole.write(to: file, atomically: true, encoding: .utf8)
        try "- id: planted\n  question: 谁放的?\n  answer: 不是推送的~\n".write(
            to: snapshot.appending(path: "faq/planted.yaml"), atomically: true, encoding: .utf8)
        let extra = try li.kefu(["pull"])
        #expect(extra.status == 1)
        #expect(extra.standardError.contains("faq/planted.yaml"))
        #expect(try li.field("faq/planted", "answer") == nil)

        try FileManager.default.removeItem(at: snapshot.appending(path: "faq/planted.yaml"))
        try li.succeed(["pull"])
        #expect(try li.field("faq/q1", "answer") == "回答一~")
    }

    @Test func theManifestNamesOnlyASnapshotOfTheRemote() throws {
        let (shared, remote, _, li) = try team()
        defer { _ = shared }
        var object = try manifest(remote)
        let outside = try TemporaryFolder("outside")
        try FileManager.default.copyItem(
            at: remote.appending(path: try #require(object["snapshot"] as? String)),
            to: outside.url.appending(path: "copy"))
        for pointer in ["../outside/copy", "snapshots/../../x", outside.url.appending(path: "copy").path] {
            object["snapshot"] = pointer
            try writeManifest(object, to: remote)
            let pull = try li.kefu(["pull"])
            #expect(pull.status == 1, "\(pointer)")
            #expect(pull.standardError.contains("is not one of snapshots/"), "\(pointer): \(pull.standardError)")
        }
        // A snapshot that is a link out of the remote is refused too.
        try FileManager.default.createSymbolicLink(
            at: remote.appending(path: "snapshots/linked"), withDestinationURL: outside.url.appending(path: "copy"))
        object["snapshot"] = "snapshots/linked"
        try writeManifest(object, to: remote)
        let linked = try li.kefu(["pull"])
        #expect(linked.status == 1)
        #expect(linked.standardError.contains("not a folder of this remote"), "\(linked.standardError)")
    }

    @Test func statusSaysWhenTheRemoteCannotBeRead() throws {
        let (shared, remote, _, li) = try team()
        defer { _ = shared }
        try "{ not json".write(to: remote.appending(path: "kefu-remote.json"), atomically: true, encoding: .utf8)
        let status = try li.succeed(["status"])
        #expect(status.standardOutput.contains("origin: 0 items to push; the remote cannot be read ("))
        #expect(!status.standardOutput.contains("the remote is at the version last pulled"))
        let json = try li.succeed(["status", "--json"])
        #expect(json.standardOutput.contains("\"unreadable\""))
    }

    @Test func aFirstPushGoesOnlyIntoAnEmptyFolder() throws {
        let wang = try TeamMember("xiaowang")
        try wang.succeed(["init", wang.root.path, "--name", "团队店"])
        let documents = try TemporaryFolder("documents")
        try "季度报表".write(to: documents.url.appending(path: "report.txt"), atomically: true, encoding: .utf8)
        try wang.succeed(["remote", "add", "docs", documents.url.path])
        let refused = try wang.kefu(["push", "docs"])
        #expect(refused.status == 1)
        #expect(refused.standardError.contains("is not a kefu remote and not empty (it holds report.txt)"))
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: documents.url.path).filter { !$0.hasPrefix(".") }
                == ["report.txt"])
        let empty = try TemporaryFolder("empty")
        try wang.succeed(["remote", "add", "team", empty.url.path])
        try wang.succeed(["push", "team"])
    }

    /// Before: `remote add o2 /path/to/repo.git` took a git repository as a shared folder, and the next
    /// push wrote snapshot files into it.
    @Test func aGitRepositoryIsNotTakenForASharedFolder() throws {
        let (shared, target) = try RemoteScenarioTests.makeRemote(.git)
        defer { _ = shared }
        let path = String(target.dropFirst("git+file://".count))
        let wang = try TeamMember("xiaowang")
        try wang.succeed(["init", wang.root.path, "--name", "团队店"])
        let refused = try wang.kefu(["remote", "add", "o2", path])
        #expect(refused.status == 64)
        #expect(
            refused.standardError.contains("is a git repository: add it as git+file://"), "\(refused.standardError)")
        #expect(!FileManager.default.fileExists(atPath: URL(filePath: path).appending(path: "kefu-remote.json").path))
        try wang.succeed(["remote", "add", "o2", target])
        try wang.succeed(["push", "o2"])
    }
}
