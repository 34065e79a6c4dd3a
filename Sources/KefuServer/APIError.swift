import Foundation
import Hummingbird
import KefuApp
import KefuCore

/// A request the bridge refuses, answered as `{"error": "…", "status": N}` in the server's language, so
/// an integrator reads what to fix (a bad field, a missing token) instead of an empty 4xx.
struct APIError: HTTPResponseError {
    let status: HTTPResponse.Status
    let text: String

    init(_ status: HTTPResponse.Status, _ message: Message) {
        self.status = status
        self.text = message.text(in: Messages.environmentLanguage)
    }

    init(_ status: HTTPResponse.Status, text: String) {
        self.status = status
        self.text = text
    }

    func response(from request: Request, context: some RequestContext) throws -> Response {
        var response = JSONResponse.make(status, Body(error: text, status: status.code))
        if status == .unauthorized { response.headers[.wwwAuthenticate] = "Bearer" }
        return response
    }

    private struct Body: Encodable {
        let error: String
        let status: Int
    }
}
