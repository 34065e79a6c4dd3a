import Foundation
import KefuTestSupport
import Testing

/// A push or pull that would delete more than a few items, or most of a kind, needs `--allow-deletes`:
/// before, a folder that could not be read or a file cut off in a shared folder pushed "no items" and
/// the colleague's pull emptied their FAQs. One deletion still goes through as it always did.
@Suite struct DeletionGuardTests {
    static let eightFAQs = (1...8).map { "- id: q\($0)\n  question: 问题\($0)?\n  answer: 回答\($0)~\n" }.joined()

    @Test(arguments: RemoteScenarioTests.Kind.allCases)
    func manyDeletionsNeedToBeAskedFor(_ kind: RemoteScenarioTests.Kind) throws {
        let (shared, target) = try RemoteScenarioTests.makeRemote(kind)
        defer { _ = shared }
        let wang = try TeamMember("xiaowang")
        let li = try TeamMember("xiaoli")
        try wang.succeed(["init", wang.root.path, "--name", "团队店"])
        try wang.write("faq/eight.yaml", Self.eightFAQs)
        try wang.succeed(["remote", "add", "origin", target])
        try wang.succeed(["push", "origin"])
        try li.succeed(["clone", target, li.root.path])
        #expect(try li.field("faq/q8", "answer") == "回答8~")

        // One deletion is an edit like any other.
        try wang.edit("faq/eight.yaml", replacing: "- id: q8\n  question: 问题8?\n  answer: 回答8~\n", with: "")
        try wang.succeed(["push"])
        try li.succeed(["pull"])
        #expect(try li.field("faq/q8", "answer") == nil)

        // Seven at once is not: the push says so, and the remote keeps them.
        try FileManager.default.removeItem(at: wang.root.appending(path: "faq/eight.yaml"))
        let refused = try wang.kefu(["push"])
        #expect(refused.status == 1)
        #expect(refused.standardError.contains("delete 7 items (faq/q1, faq/q2, faq/q3…)"), "\(refused.standardError)")
        #expect(refused.standardError.contains("--allow-deletes"))
        #expect(try li.succeed(["pull"]).standardOutput.contains("0 merged"))
        #expect(try li.field("faq/q1", "answer") == "回答1~")

        // Asked for, the push goes through; the colleague's pull stops at the same line until asked too.
        try wang.succeed(["push", "--allow-deletes"])
        let held = try li.kefu(["pull"])
        #expect(held.status == 1)
        #expect(held.standardError.contains("--allow-deletes"))
        #expect(try li.field("faq/q1", "answer") == "回答1~")
        try li.succeed(["pull", "--allow-deletes"])
        #expect(try li.field("faq/q1", "answer") == nil)
        let file = try? String(contentsOf: li.root.appending(path: "faq/eight.yaml"), encoding: .utf8)
        #expect(file?.contains("q1") != true)
    }
}
