import Foundation

/// The stdio bridge's workload: `kefu serve --stdio --no-trace` started on a synced generated bundle,
/// and batches of request lines from the answering benchmark's message mix (`EngineWorkload.messages`),
/// each line without a session (a conversation of its own, answered and logged), written while the
/// replies are read, as a platform bridge pipes them.
public final class StdioServeWorkload: @unchecked Sendable {
    public let shop: SyncWorkload
    private let process = Process()
    private let requests: FileHandle
    private let replies: FileHandle
    private let lines: [Data]
    private var next = 0
    private var pending = Data()

    public enum ServeError: Error { case ended }

    /// Starts the bridge on a new generated bundle of `items` items, with `environment` added to this
    /// process's (`KEFU_MODEL_DIR` pointing nowhere measures the lexical engine).
    public init(items: Int, binary: URL, environment: [String: String] = [:]) throws {
        shop = try SyncWorkload(items: items, synced: true)
        lines = try EngineWorkload.messages(for: EngineWorkload.generatedContent(items: items)).map { text in
            try JSONSerialization.data(withJSONObject: ["text": text]) + Data("\n".utf8)
        }
        let input = Pipe()
        let output = Pipe()
        process.executableURL = binary
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { _, new in new }
        process.arguments = ["-C", shop.root.path, "serve", "--stdio", "--no-trace"]
        process.standardInput = input
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        requests = input.fileHandleForWriting
        replies = output.fileHandleForReading
        // The first answer compiles the FAQ index and keeps it; the timed batches find it kept.
        _ = try batch(count: 1)
    }

    /// Sends the next `count` requests of the mix and reads their `count` replies.
    /// - Returns: each reply's decision, in order.
    public func batch(count: Int) throws -> [String] {
        let chunk = (next..<next + count).reduce(into: Data()) { $0 += lines[$1 % lines.count] }
        next += count
        // Written from another thread while this one reads: the replies would otherwise fill their pipe
        // and stop the server reading its requests.
        let requests = self.requests
        let written = DispatchSemaphore(value: 0)
        Thread {
            requests.write(chunk)
            written.signal()
        }.start()
        var decisions: [String] = []
        // Replies are taken from the front of `pending` without moving the rest, which is dropped only
        // when more is read: copying what was left after every line made the client, on the same two
        // cores, part of what is measured.
        var start = pending.startIndex
        while decisions.count < count {
            if let newline = pending[start...].firstIndex(of: UInt8(ascii: "\n")) {
                let reply = (try? JSONSerialization.jsonObject(with: pending[start..<newline])) as? [String: Any]
                decisions.append(reply?["decision"] as? String ?? "error")
                start = newline + 1
                continue
            }
            // What the pipe holds now (`read(upToCount:)` would wait for the whole count).
            let more = replies.availableData
            guard !more.isEmpty else { throw ServeError.ended }
            pending = pending[start...] + more
            start = pending.startIndex
        }
        pending = pending[start...]
        written.wait()
        return decisions
    }

    /// Ends the server (end of input, so it writes its log) and removes the bundle.
    public func stop() {
        try? requests.close()
        process.waitUntilExit()
        shop.remove()
    }
}
