import Hummingbird
import KefuCore

/// Every `/v1` route needs `Authorization: Bearer TOKEN`; health and metrics do not (they say nothing
/// about buyers, and a monitor has no token).
struct BearerTokenMiddleware<Context: RequestContext>: RouterMiddleware {
    let token: AccessToken

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response)
        async throws -> Response
    {
        if request.uri.path.hasPrefix("/v1"), !token.accepts(request.headers[.authorization]) {
            throw APIError(.unauthorized, Message(.httpUnauthorized))
        }
        return try await next(request, context)
    }
}
