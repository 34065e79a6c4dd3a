import Foundation
import KefuTestSupport
import Testing

/// Editing through the console's form is an edit of the store written by the folder sync: a field the
/// editor changed meanwhile is merged, and a page opened before another change is refused, never
/// written over it.
@Suite struct ConsoleEditTests {
    static let wordsOnly = ["KEFU_MODEL_DIR": "/nonexistent"]

    @Test func anEditorsChangeToAnotherFieldIsKeptBesideTheFormsChange() async throws {
        let folder = try FixtureShop.syncedCopy()
        let console = try RunningConsole(in: folder.url, environment: Self.wordsOnly)
        let http = ConsoleHTTP(base: console.base)
        let cookie = try #require(try await http.signIn(console.signIn))
        let form = try #require(
            ConsoleHTTP.editForm(in: try await http.request("GET", "/knowledge/faq/shipping-time", cookie: cookie).body)
        )
        let file = folder.url.appending(path: "faq/presale.yaml")
        let original = try String(contentsOf: file, encoding: .utf8)
        // shipping-time is the file's first item: its intent, in an editor.
        let first = try #require(original.range(of: "intent: logistics\n"))
        let edited = original.replacingCharacters(in: first, with: "intent: shipping\n")
        #expect(edited != original)
        try Data(edited.utf8).write(to: file)
        let saved = try await http.request(
            "POST", "/knowledge/faq/shipping-time", cookie: cookie, form: form.merging(["text": "表单写的答案"]) { $1 })
        #expect(saved.status == 303)
        let page = try await http.request("GET", "/knowledge/faq/shipping-time", cookie: cookie)
        #expect(page.body.contains("Saved to the bundle"))
        let after = try String(contentsOf: file, encoding: .utf8)
        #expect(after.contains("表单写的答案"))
        #expect(after.contains("intent: shipping"))
        #expect(try KefuBinary.run(["conflicts"], in: folder.url).standardOutput.contains("No open conflicts"))
        http.close()
        #expect(console.stop().status == 0)
    }

    @Test func aPageOpenedBeforeAnotherChangeIsRefusedAndWritesNothing() async throws {
        let folder = try FixtureShop.syncedCopy()
        let console = try RunningConsole(in: folder.url, environment: Self.wordsOnly)
        let http = ConsoleHTTP(base: console.base)
        let cookie = try #require(try await http.signIn(console.signIn))
        let stale = try #require(
            ConsoleHTTP.editForm(in: try await http.request("GET", "/knowledge/faq/shipping-time", cookie: cookie).body)
        )
        let first = try await http.request(
            "POST", "/knowledge/faq/shipping-time", cookie: cookie, form: stale.merging(["text": "第一次的答案"]) { $1 })
        #expect(first.status == 303)
        let file = folder.url.appending(path: "faq/presale.yaml")
        let afterFirst = try String(contentsOf: file, encoding: .utf8)
        _ = try await http.request("GET", "/knowledge/faq/shipping-time", cookie: cookie)
        let second = try await http.request(
            "POST", "/knowledge/faq/shipping-time", cookie: cookie, form: stale.merging(["text": "过时页面的答案"]) { $1 })
        #expect(second.status == 303)
        let page = try await http.request("GET", "/knowledge/faq/shipping-time", cookie: cookie)
        #expect(page.body.contains("changed since it was opened"))
        #expect(try String(contentsOf: file, encoding: .utf8) == afterFirst)
        // A date that is not one is refused the same way.
        let fresh = try #require(ConsoleHTTP.editForm(in: page.body))
        _ = try await http.request(
            "POST", "/knowledge/faq/shipping-time", cookie: cookie, form: fresh.merging(["until": "next friday"]) { $1 }
        )
        #expect(
            try await http.request("GET", "/knowledge/faq/shipping-time", cookie: cookie).body.contains("is not a date")
        )
        #expect(try String(contentsOf: file, encoding: .utf8) == afterFirst)
        // The form edits FAQs and rules; another kind is no form's to change.
        let templates = try String(contentsOf: folder.url.appending(path: "templates/templates.yaml"), encoding: .utf8)
        let other = try await http.request(
            "POST", "/knowledge/template/logistics", cookie: cookie, form: fresh.merging(["text": "x"]) { $1 })
        #expect(other.status == 404)
        #expect(
            try String(contentsOf: folder.url.appending(path: "templates/templates.yaml"), encoding: .utf8) == templates
        )
        http.close()
        #expect(console.stop().status == 0)
    }
}
