import Hummingbird

/// The stylesheet and the script, compiled into the binary: served without a cookie (they hold nothing
/// of the shop) and cached by the browser for the console's run.
struct ConsoleAssets: Sendable {
    func add(to router: Router<ConsoleRequestContext>) {
        router.get("/assets/console.css") { _, _ in
            Self.asset(PackageResources.console_css, type: "text/css; charset=utf-8")
        }
        router.get("/assets/console.js") { _, _ in
            Self.asset(PackageResources.console_js, type: "text/javascript; charset=utf-8")
        }
    }

    private static func asset(_ bytes: [UInt8], type: String) -> Response {
        Response(
            status: .ok, headers: [.contentType: type, .cacheControl: "private, max-age=3600"],
            body: ResponseBody(byteBuffer: ByteBuffer(bytes: bytes)))
    }
}
