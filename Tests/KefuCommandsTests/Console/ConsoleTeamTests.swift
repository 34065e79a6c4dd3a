import Foundation
import KefuTestSupport
import Testing

/// The team page: a colleague's push shows as new changes on the remote, Pull brings it into the
/// folder, and an edit made in the console goes out with Push, as `kefu pull` and `kefu push` do.
@Suite struct ConsoleTeamTests {
    static let faq = "- id: shipping-time\n  question: 什么时候发货?\n  answer: 48小时内发货~\n"

    @Test func pullAndPushFromTheTeamPage() async throws {
        let (shared, target) = try RemoteScenarioTests.makeRemote(.folder)
        defer { _ = shared }
        let wang = try TeamMember("xiaowang")
        let li = try TeamMember("xiaoli")
        try wang.succeed(["init", wang.root.path, "--name", "团队店"])
        try wang.write("faq/faq.yaml", Self.faq)
        try wang.succeed(["remote", "add", "origin", target])
        try wang.succeed(["push", "origin"])
        try li.succeed(["clone", target, li.root.path])
        try wang.edit("faq/faq.yaml", replacing: "48小时内发货~", with: "24小时内发货~")
        try wang.succeed(["push"])

        let console = try RunningConsole(
            in: li.root, environment: ["KEFU_MODEL_DIR": "/nonexistent", "KEFU_AUTHOR": li.name])
        let http = ConsoleHTTP(base: console.base)
        let cookie = try #require(try await http.signIn(console.signIn))
        let team = try await http.request("GET", "/team", cookie: cookie)
        #expect(team.body.contains("origin"))
        #expect(team.body.contains("the remote has new changes"))
        let csrf = try #require(ConsoleHTTP.csrf(in: team.body))
        #expect(try await http.request("POST", "/team/origin/pull", cookie: cookie, form: ["csrf": csrf]).status == 303)
        let pulled = try await http.request("GET", "/team", cookie: cookie)
        #expect(pulled.body.contains("Pulled from origin: 1 item, 0 conflicts."), "\(pulled.body)")
        #expect(pulled.body.contains("up to date"))
        let file = li.root.appending(path: "faq/faq.yaml")
        #expect(try String(contentsOf: file, encoding: .utf8).contains("24小时内发货~"))

        // An edit in the console, pushed from the team page, reaches the colleague.
        let item = try await http.request("GET", "/knowledge/faq/shipping-time", cookie: cookie)
        let form = try #require(ConsoleHTTP.editForm(in: item.body))
        _ = try await http.request(
            "POST", "/knowledge/faq/shipping-time", cookie: cookie,
            form: form.merging(["text": "当天发货~"]) { $1 })
        #expect(try await http.request("POST", "/team/origin/push", cookie: cookie, form: ["csrf": csrf]).status == 303)
        #expect(try await http.request("GET", "/team", cookie: cookie).body.contains("Pushed to origin: 1 item."))
        try wang.succeed(["pull"])
        #expect(try wang.field("faq/shipping-time", "answer") == "当天发货~")
        http.close()
        #expect(console.stop().status == 0)
    }
}
