import Foundation

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// The HTTP bridge's workload: `kefu serve --http` started on a synced generated bundle (loopback, a
/// free port, no token, no trace), and rounds of buyer messages sent at once, each a new buyer's first
/// message (the session is looked up, answered, kept, and logged), as a busy shop sends them.
public final class HTTPBridgeWorkload: @unchecked Sendable {
    public let shop: SyncWorkload
    public let base: URL
    private let process = Process()
    private let session: URLSession
    private var rounds = 0
    private let lock = NSLock()

    static let questions = ["请问退货运费谁出", "什么时候发货", "有优惠券吗", "这件衣服起球吗", "能开发票吗", "多久能到"]

    public enum StartError: Error { case noAddress }

    /// Starts the bridge on a new generated bundle of `items` items, with `environment` added to this
    /// process's (`KEFU_MODEL_DIR` pointing nowhere measures the lexical engine).
    public init(items: Int, binary: URL, environment: [String: String] = [:]) throws {
        shop = try SyncWorkload(items: items, synced: true)
        process.executableURL = binary
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { _, new in new }
        process.arguments = ["-C", shop.root.path, "serve", "--http", "--port", "0", "--no-token", "--no-trace"]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        // The first line is the address; reading blocks until it is written.
        var line = Data()
        while let byte = try output.fileHandleForReading.read(upToCount: 1), !byte.isEmpty, byte != Data("\n".utf8) {
            line += byte
        }
        guard let base = URL(string: String(decoding: line, as: UTF8.self)), base.port != nil else {
            process.terminate()
            throw StartError.noAddress
        }
        self.base = base
        let configuration = URLSessionConfiguration.ephemeral
        configuration.httpMaximumConnectionsPerHost = 128
        session = URLSession(configuration: configuration)
    }

    /// Sends `concurrency` messages at once, one per new session, and waits for every reply.
    /// - Returns: each message's time from request to reply, in microseconds, and the decisions.
    public func round(concurrency: Int) async throws -> (micros: [Double], decisions: [String]) {
        let round = lock.withLock {
            rounds += 1
            return rounds
        }
        return try await withThrowingTaskGroup(of: (Double, String).self) { group in
            for slot in 0..<concurrency {
                group.addTask {
                    let text = Self.questions[(round + slot) % Self.questions.count]
                    return try await self.send(session: "bench-\(round)-\(slot)", text: text)
                }
            }
            var micros: [Double] = []
            var decisions: [String] = []
            for try await (time, decision) in group {
                micros.append(time)
                decisions.append(decision)
            }
            return (micros, decisions)
        }
    }

    private func send(session id: String, text: String) async throws -> (Double, String) {
        var request = URLRequest(url: base.appending(path: "v1/messages"))
        request.httpMethod = "POST"
        request.httpBody = try JSONSerialization.data(withJSONObject: ["session": id, "text": text])
        let clock = ContinuousClock()
        let start = clock.now
        let (data, _) = try await session.data(for: request)
        let elapsed = clock.now - start
        let reply = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any]
        let micros = Double(elapsed.components.seconds) * 1e6 + Double(elapsed.components.attoseconds) / 1e12
        return (micros, reply?["decision"] as? String ?? "error")
    }

    /// Stops the server (SIGTERM) and removes the bundle.
    public func stop() {
        session.invalidateAndCancel()
        process.terminate()
        process.waitUntilExit()
        shop.remove()
    }
}
