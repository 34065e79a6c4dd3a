import Foundation

/// Whether the server has bound its address: a failure before that is the address's (a port in use),
/// and is said so; after it, the failure is the server's own.
final class BoundFlag: @unchecked Sendable {
    private let lock = NSLock()
    private var bound = false

    func set() { lock.withLock { bound = true } }

    var isSet: Bool { lock.withLock { bound } }
}
