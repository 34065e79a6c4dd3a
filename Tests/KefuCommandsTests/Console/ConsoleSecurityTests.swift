import Foundation
import KefuTestSupport
import Testing

/// The console's guards, request by request against the built binary: the one-time sign-in, the
/// session cookie on every page, the CSRF token on every change, this machine's addresses only, the
/// headers that keep pages from running anyone's script, and buyer text that stays text.
@Suite struct ConsoleSecurityTests {
    /// The guards do not depend on the sentence model; without it the console starts at once.
    static let wordsOnly = ["KEFU_MODEL_DIR": "/nonexistent"]

    @Test func pagesNeedTheCookieAndTheSignInAddressWorksOnce() async throws {
        let folder = try FixtureShop.syncedCopy()
        let console = try RunningConsole(in: folder.url, environment: Self.wordsOnly)
        let http = ConsoleHTTP(base: console.base)
        for path in [
            "/chat", "/knowledge", "/conflicts", "/insight", "/tickets", "/team", "/knowledge/faq/shipping-time",
        ] {
            let refused = try await http.request("GET", path)
            #expect(refused.status == 401, "\(path)")
            #expect(refused.body.contains("Sign in first"))
            #expect(!refused.body.contains("<nav"))
        }
        let forged = try await http.request("GET", "/chat", cookie: "kefu_console=" + String(repeating: "0", count: 64))
        #expect(forged.status == 401)
        let wrongToken = try await http.request("GET", "/login?token=abc")
        #expect(wrongToken.status == 403)
        // A wrong guess does not spend the token; the right one does, once.
        let login = try await http.request("GET", console.signIn.absoluteString)
        #expect(login.status == 303)
        #expect(login.headers["location"] == "/chat")
        let setCookie = try #require(login.headers["set-cookie"])
        #expect(setCookie.contains("HttpOnly"))
        #expect(setCookie.contains("SameSite=Strict"))
        let again = try await http.request("GET", console.signIn.absoluteString)
        #expect(again.status == 403)
        #expect(again.headers["set-cookie"] == nil)
        let cookie = try #require(setCookie.split(separator: ";").first.map(String.init))
        let page = try await http.request("GET", "/chat", cookie: cookie)
        #expect(page.status == 200)
        #expect(page.body.contains("<nav"))
        http.close()
        #expect(console.stop().status == 0)
    }

    @Test func changesNeedTheSessionsCSRFToken() async throws {
        let folder = try FixtureShop.syncedCopy()
        let faqBefore = try String(contentsOf: folder.url.appending(path: "faq/presale.yaml"), encoding: .utf8)
        let console = try RunningConsole(in: folder.url, environment: Self.wordsOnly)
        let http = ConsoleHTTP(base: console.base)
        let cookie = try #require(try await http.signIn(console.signIn))
        let page = try await http.request("GET", "/knowledge/faq/shipping-time", cookie: cookie)
        let shown = try #require(ConsoleHTTP.editForm(in: page.body))
        let csrf = try #require(shown["csrf"])
        let edit = ["hash": shown["hash"] ?? "", "text": "被改掉的答案"]
        // Without the token, with another token, and without the cookie: refused, nothing written.
        for (form, sendsCookie, status) in [
            (edit, true, 403), (edit.merging(["csrf": String(repeating: "a", count: 64)]) { $1 }, true, 403),
            (edit.merging(["csrf": csrf]) { $1 }, false, 401),
        ] {
            let answer = try await http.request(
                "POST", "/knowledge/faq/shipping-time", cookie: sendsCookie ? cookie : nil, form: form)
            #expect(answer.status == status)
        }
        #expect(try String(contentsOf: folder.url.appending(path: "faq/presale.yaml"), encoding: .utf8) == faqBefore)
        // The same change with the page's token goes through.
        let done = try await http.request(
            "POST", "/knowledge/faq/shipping-time", cookie: cookie, form: edit.merging(["csrf": csrf]) { $1 })
        #expect(done.status == 303)
        #expect(
            try String(contentsOf: folder.url.appending(path: "faq/presale.yaml"), encoding: .utf8).contains("被改掉的答案"))
        http.close()
        #expect(console.stop().status == 0)
    }

    @Test func onlyThisMachinesAddressesAreServedWithHeadersThatForbidOtherScripts() async throws {
        let folder = try FixtureShop.syncedCopy()
        let console = try RunningConsole(in: folder.url, environment: Self.wordsOnly)
        let http = ConsoleHTTP(base: console.base)
        let cookie = try #require(try await http.signIn(console.signIn))
        let port = try #require(console.base.port)
        // A page of another site whose name was pointed at 127.0.0.1 (DNS rebinding) names its own host.
        let rebound = try await http.request("GET", "/chat", cookie: cookie, host: "evil.example:\(port)")
        #expect(rebound.status == 421)
        let local = try await http.request("GET", "/chat", cookie: cookie, host: "localhost:\(port)")
        #expect(local.status == 200)
        let policy = try #require(local.headers["content-security-policy"])
        #expect(policy.contains("script-src 'self'"))
        #expect(policy.contains("default-src 'none'"))
        #expect(policy.contains("frame-ancestors 'none'"))
        #expect(!policy.contains("unsafe-inline"))
        #expect(local.headers["x-content-type-options"] == "nosniff")
        #expect(local.headers["referrer-policy"] == "no-referrer")
        // No page has an inline script or style for the policy to allow.
        #expect(!local.body.contains("<script>"))
        #expect(!local.body.contains("style="))
        let script = try await http.request("GET", "/assets/console.js")
        #expect(script.status == 200)
        #expect(script.headers["content-type"]?.hasPrefix("text/javascript") == true)
        http.close()
        #expect(console.stop().status == 0)
    }

    @Test func buyerTextIsShownAsTextNeverAsMarkup() async throws {
        let folder = try FixtureShop.syncedCopy()
        let console = try RunningConsole(in: folder.url, environment: Self.wordsOnly)
        let http = ConsoleHTTP(base: console.base)
        let cookie = try #require(try await http.signIn(console.signIn))
        let csrf = try #require(ConsoleHTTP.csrf(in: try await http.request("GET", "/chat", cookie: cookie).body))
        let hostile = "<script>alert(1)</script></style><img src=x onerror=alert(2)>包邮吗"
        let sent = try await http.request("POST", "/chat", cookie: cookie, form: ["csrf": csrf, "message": hostile])
        #expect(sent.status == 303)
        let page = try await http.request("GET", "/chat", cookie: cookie)
        #expect(!page.body.contains("<script>alert"))
        #expect(!page.body.contains("</style><img"))
        #expect(!page.body.contains("<img src=x"))
        #expect(
            page.body.contains(
                "&lt;script&gt;alert(1)&lt;/script&gt;&lt;/style&gt;&lt;img src=x onerror=alert(2)&gt;包邮吗"))
        // The why panel quotes the message too, escaped the same way.
        #expect(page.body.contains("read as &quot;"))
        http.close()
        #expect(console.stop().status == 0)
    }
}
