import Foundation

/// The port the console was bound to (known once the server runs, when it was asked for port 0).
final class ListeningPort: @unchecked Sendable {
    private let lock = NSLock()
    private var port: Int?

    var value: Int? { lock.withLock { port } }

    func set(_ port: Int) { lock.withLock { self.port = port } }
}
