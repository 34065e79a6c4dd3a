import Foundation
import Hummingbird

/// `/login?token=…`: trades the one-time token for a session cookie, then opens the chat. `/` opens
/// the chat for a browser already signed in.
struct LoginPage: Sendable {
    let visitors: ConsoleVisitors
    let pages: ConsolePages

    func add(to router: Router<ConsoleRequestContext>) {
        router.get("/login") { request, context in
            let token = request.uri.queryParameters["token"].map(String.init) ?? ""
            guard let visitor = try visitors.signIn(with: token) else {
                return pages.refusal(.forbidden, "refusedToken", context: context)
            }
            var response = ConsolePages.redirect("/chat")
            response.setCookie(
                Cookie(
                    name: ConsoleGate.cookieName, value: visitor.id, path: "/", httpOnly: true, sameSite: .strict))
            return response
        }
        router.get("/") { _, _ in ConsolePages.redirect("/chat") }
    }
}
