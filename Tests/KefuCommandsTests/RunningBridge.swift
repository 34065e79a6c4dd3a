import Foundation
import KefuTestSupport

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// The built `kefu serve --http --port 0` running in a folder (`ListeningKefu`), spoken to over loopback
/// with URLSession.
final class RunningBridge: @unchecked Sendable {
    let base: URL
    /// The bearer token the bridge made in `.kefu/token`, when it requires one.
    let token: String?
    private let server: ListeningKefu
    private let session: URLSession

    /// What one request got back.
    struct Answer: @unchecked Sendable {
        let status: Int
        let body: Data
        var object: [String: Any] { (try? JSONSerialization.jsonObject(with: body)) as? [String: Any] ?? [:] }
        var text: String { String(decoding: body, as: UTF8.self) }
    }

    /// The shop time every bridge in the tests answers at, within the fixture agents' hours, so that a handoff
    /// reads the same whenever the suite runs (an argument given later wins).
    static let shopTime = ["--now", "2026-11-05 10:00"]

    init(in folder: URL, arguments: [String] = [], environment: [String: String] = [:]) throws {
        server = try ListeningKefu(
            ["serve", "--http", "--port", "0"] + Self.shopTime + arguments, in: folder, environment: environment)
        base = server.address
        let tokenFile = folder.appending(path: ".kefu/token")
        token = (try? String(contentsOf: tokenFile, encoding: .utf8))?.trimmingCharacters(in: .whitespacesAndNewlines)
        let configuration = URLSessionConfiguration.ephemeral
        configuration.httpMaximumConnectionsPerHost = 64
        session = URLSession(configuration: configuration)
    }

    /// `METHOD path` with `json` (an object to encode) or `body` (raw bytes), with the bridge's token
    /// unless `authorization` says otherwise (`.some(nil)` sends none).
    func request(
        _ method: String, _ path: String, json: Any? = nil, body: Data? = nil, authorization: String?? = .none
    ) async throws -> Answer {
        var request = URLRequest(url: URL(string: path, relativeTo: base) ?? base)
        request.httpMethod = method
        let header: String? =
            switch authorization {
            case .none: token.map { "Bearer \($0)" }
            case .some(let given): given
            }
        if let header { request.setValue(header, forHTTPHeaderField: "Authorization") }
        if let json { request.httpBody = try JSONSerialization.data(withJSONObject: json) }
        if let body { request.httpBody = body }
        if request.httpBody != nil { request.setValue("application/json", forHTTPHeaderField: "Content-Type") }
        let (data, response) = try await session.data(for: request)
        return Answer(status: (response as? HTTPURLResponse)?.statusCode ?? 0, body: data)
    }

    /// Sends a buyer message and returns the reply object.
    func send(_ message: [String: Any]) async throws -> [String: Any] {
        try await request("POST", "/v1/messages", json: message).object
    }

    /// Stops the bridge with SIGTERM and returns how it ended.
    func stop() -> KefuBinary.Result {
        session.invalidateAndCancel()
        return server.stop()
    }
}
