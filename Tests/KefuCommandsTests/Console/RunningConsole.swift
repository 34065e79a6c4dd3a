import Foundation
import KefuTestSupport

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// The built `kefu console --port 0 --no-open` running in a folder (`ListeningKefu`), its first line
/// the sign-in address.
final class RunningConsole: @unchecked Sendable {
    private let server: ListeningKefu

    init(in folder: URL, environment: [String: String] = [:]) throws {
        server = try ListeningKefu(["console", "--port", "0", "--no-open"], in: folder, environment: environment)
    }

    /// The address with the one-time token, as printed.
    var signIn: URL { server.address }
    var base: URL { URL(string: "/", relativeTo: signIn)?.absoluteURL ?? signIn }

    func stop() -> KefuBinary.Result { server.stop() }
}

/// Plain HTTP to the console without a browser: redirects are not followed and the session cookie is
/// sent only when given, so a test sees exactly what the console answers to each request.
final class ConsoleHTTP: NSObject, URLSessionTaskDelegate, @unchecked Sendable {
    private var session = URLSession(configuration: .ephemeral)
    let base: URL

    struct Answer: @unchecked Sendable {
        let status: Int
        let headers: [String: String]
        let body: String
    }

    init(base: URL) {
        self.base = base
        super.init()
        let configuration = URLSessionConfiguration.ephemeral
        // Cookies go only where a test puts them.
        configuration.httpCookieStorage = nil
        configuration.httpShouldSetCookies = false
        configuration.httpCookieAcceptPolicy = .never
        session = URLSession(configuration: configuration, delegate: self, delegateQueue: nil)
    }

    func urlSession(
        _ session: URLSession, task: URLSessionTask, willPerformHTTPRedirection response: HTTPURLResponse,
        newRequest request: URLRequest, completionHandler: @escaping (URLRequest?) -> Void
    ) {
        completionHandler(nil)
    }

    func request(
        _ method: String, _ path: String, cookie: String? = nil, form: [String: String]? = nil,
        host: String? = nil
    ) async throws -> Answer {
        var request = URLRequest(url: URL(string: path, relativeTo: base) ?? base)
        request.httpMethod = method
        request.httpShouldHandleCookies = false
        if let cookie { request.setValue(cookie, forHTTPHeaderField: "Cookie") }
        if let host { request.setValue(host, forHTTPHeaderField: "Host") }
        if let form {
            let encoded = form.sorted { $0.key < $1.key }.map { key, value in
                Self.encode(key) + "=" + Self.encode(value)
            }
            request.httpBody = Data(encoded.joined(separator: "&").utf8)
            request.setValue("application/x-www-form-urlencoded", forHTTPHeaderField: "Content-Type")
        }
        let (data, response) = try await session.data(for: request)
        let http = response as? HTTPURLResponse
        var headers: [String: String] = [:]
        for (key, value) in http?.allHeaderFields ?? [:] {
            headers[String(describing: key).lowercased()] = String(describing: value)
        }
        return Answer(status: http?.statusCode ?? 0, headers: headers, body: String(decoding: data, as: UTF8.self))
    }

    private static func encode(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""
    }

    /// Signs in with the console's printed address and returns the `Cookie` header to send.
    func signIn(_ address: URL) async throws -> String? {
        let answer = try await request("GET", address.absoluteString)
        return answer.headers["set-cookie"]?.split(separator: ";").first.map(String.init)
    }

    /// The hidden fields of an item page's edit form: the CSRF token and the revision shown.
    static func editForm(in page: String) -> [String: String]? {
        guard let csrf = csrf(in: page),
            let range = page.range(of: #"name="hash" value="[0-9a-f]+""#, options: .regularExpression)
        else { return nil }
        return ["csrf": csrf, "hash": String(String(page[range]).split(separator: "\"")[3])]
    }

    /// The CSRF token a page's forms carry.
    static func csrf(in page: String) -> String? {
        guard let range = page.range(of: #"name="csrf" value="([0-9a-f]+)""#, options: .regularExpression) else {
            return nil
        }
        return String(page[range]).split(separator: "\"").dropFirst(3).first.map(String.init)
    }

    func close() { session.invalidateAndCancel() }
}
