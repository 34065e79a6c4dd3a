import Foundation
import KefuTestSupport
import Testing

/// A first push into an empty bare repository goes to the branch its HEAD names. Before: kefu pushed
/// `main` into a repository whose HEAD was `master`, and `git clone` of it warned `remote HEAD refers to
/// nonexistent ref` and checked out nothing.
@Suite struct GitRemoteBranchTests {
    private func git(_ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(filePath: "/usr/bin/env")
        process.arguments = ["git"] + arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    @Test func theFirstPushGoesToTheBranchHEADNames() throws {
        let (shared, target) = try RemoteScenarioTests.makeRemote(.git)
        defer { _ = shared }
        let bare = String(target.dropFirst("git+file://".count))
        let head = try git(["--git-dir", bare, "symbolic-ref", "--short", "HEAD"]).output
            .trimmingCharacters(in: .whitespacesAndNewlines)
        let wang = try TeamMember("xiaowang")
        try wang.succeed(["init", wang.root.path, "--name", "团队店"])
        try wang.succeed(["remote", "add", "origin", target])
        try wang.succeed(["push"])
        #expect(try git(["--git-dir", bare, "branch", "--list"]).output.contains(head))

        let checkout = shared.url.appending(path: "checkout")
        let cloned = try git(["clone", "--", bare, checkout.path])
        #expect(cloned.status == 0)
        #expect(!cloned.output.contains("nonexistent ref"), "\(cloned.output)")
        #expect(FileManager.default.fileExists(atPath: checkout.appending(path: "bundle.yaml").path))
    }
}
