import Hummingbird

/// Pages link to nothing outside, and the login address carries a token: no page ever sends a Referer.
struct NoReferrerMiddleware: RouterMiddleware {
    typealias Context = ConsoleRequestContext

    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        var response = try await next(request, context)
        if let name = HTTPFields.Element.Name("Referrer-Policy") { response.headers[name] = "no-referrer" }
        return response
    }
}
