import Foundation
import Hummingbird

/// What every console request passes first. The page's language is read from the browser. Only this
/// machine's own addresses are served (a Host header naming anything else is a DNS-rebinding page in
/// the browser). Every page but the login and the assets needs the session cookie, and every change
/// (each POST) also the CSRF token of that session in its form, which a page of another site cannot
/// know.
struct ConsoleGate: RouterMiddleware {
    typealias Context = ConsoleRequestContext
    static let cookieName = "kefu_console"
    /// A form is a few fields; a bigger body is refused before it is read.
    static let formLimit = 1 << 20

    let visitors: ConsoleVisitors
    let pages: ConsolePages
    let port: ListeningPort

    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        var context = context
        context.language = ConsoleStrings.language(acceptLanguage: request.headers[.acceptLanguage])
        guard isOwnAddress(request.head.authority) else {
            return pages.refusal(.misdirectedRequest, "refusedHost", context: context)
        }
        let path = request.uri.path
        if path.hasPrefix("/assets/") || path == "/login" { return try await next(request, context) }
        guard let id = request.cookies[Self.cookieName]?.value, let visitor = visitors.visitor(id: id) else {
            return pages.refusal(.unauthorized, "refusedNoCookie", context: context)
        }
        context.visitor = visitor
        var request = request
        if request.method == .post {
            let body = try await request.collectBody(upTo: Self.formLimit)
            let form: [String: String]
            do {
                form = try URLEncodedFormDecoder().decode([String: String].self, from: String(buffer: body))
            } catch {
                return pages.refusal(.badRequest, "refusedForm", context: context)
            }
            guard let token = form["csrf"], ConsoleSecret.matches(token, visitor.csrf) else {
                return pages.refusal(.forbidden, "refusedCSRF", context: context)
            }
            context.form = form
        }
        return try await next(request, context)
    }

    private func isOwnAddress(_ authority: String?) -> Bool {
        guard let authority, let bound = port.value else { return false }
        return ["127.0.0.1:\(bound)", "localhost:\(bound)"].contains(authority.lowercased())
    }
}
