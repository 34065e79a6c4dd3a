import Foundation
import KefuTestSupport

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// The built `kefu serve --http --port 0` running in a folder: started, its address read from the first
/// line it prints (no waiting for a fixed time), spoken to over loopback with URLSession, and stopped with
/// SIGTERM as a service manager would.
final class RunningBridge: @unchecked Sendable {
    let base: URL
    /// The bearer token the bridge made in `.kefu/token`, when it requires one.
    let token: String?
    private let process = Process()
    private let output = Pipe()
    private let errors = Pipe()
    private let session: URLSession

    /// What one request got back.
    struct Answer: @unchecked Sendable {
        let status: Int
        let body: Data
        var object: [String: Any] { (try? JSONSerialization.jsonObject(with: body)) as? [String: Any] ?? [:] }
        var text: String { String(decoding: body, as: UTF8.self) }
    }

    enum StartError: Error { case exited(String) }

    init(in folder: URL, arguments: [String] = [], environment: [String: String] = [:]) throws {
        process.executableURL = KefuBinary.url
        process.arguments = ["serve", "--http", "--port", "0"] + arguments
        process.currentDirectoryURL = folder
        process.environment = KefuBinary.environment(environment)
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice
        try process.run()
        var line = Data()
        // The first line is the address; reading blocks until it is written, or ends if kefu exits.
        while true {
            let byte = try output.fileHandleForReading.read(upToCount: 1) ?? Data()
            if byte.isEmpty || byte == Data("\n".utf8) { break }
            line += byte
        }
        guard let base = URL(string: String(decoding: line, as: UTF8.self)), base.port != nil else {
            process.waitUntilExit()
            throw StartError.exited(String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self))
        }
        self.base = base
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
        process.terminate()
        return KefuBinary.finish(process, output: output, error: errors)
    }
}
