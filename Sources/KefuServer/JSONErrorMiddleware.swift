import Hummingbird
import KefuApp
import KefuCore

/// Every failure leaves as a JSON error: an unknown route, a refusal of the app (a ticket claimed by
/// someone else), or kefu failing (a full disk), so an integrator always gets a body to log.
struct JSONErrorMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response)
        async throws -> Response
    {
        do {
            return try await next(request, context)
        } catch let error as APIError {
            throw error
        } catch let error as HTTPError where error.status == .notFound {
            throw APIError(.notFound, Message(.httpNoRoute, request.method.rawValue, request.uri.path))
        } catch let error as HTTPError {
            throw APIError(error.status, text: error.body ?? error.status.reasonPhrase)
        } catch let failure as AppFailure {
            let text = failure.diagnostics.map { $0.message.text(in: Messages.environmentLanguage) }
                .joined(separator: "; ")
            throw APIError(failure.status == .failure ? .conflict : .badRequest, text: text)
        } catch {
            throw APIError(.internalServerError, Message(.httpServerFailed, "\(error)"))
        }
    }
}
