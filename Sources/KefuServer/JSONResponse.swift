import Foundation
import Hummingbird
import KefuApp

/// Responses with a JSON body, encoded as `kefu ask --json` and `serve --stdio` encode theirs
/// (`JSONOutput`), so a bridge that moves from stdio to HTTP reads the same objects.
enum JSONResponse {
    static func make(_ status: HTTPResponse.Status = .ok, _ value: some Encodable) -> Response {
        let data = (try? JSONOutput.encoder().encode(value)) ?? Data("{}".utf8)
        return Response(
            status: status, headers: [.contentType: "application/json; charset=utf-8"],
            body: ResponseBody(byteBuffer: ByteBuffer(bytes: data)))
    }
}
