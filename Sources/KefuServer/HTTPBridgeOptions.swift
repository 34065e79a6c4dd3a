import Foundation

/// How `kefu serve --http` listens.
public struct HTTPBridgeOptions: Sendable {
    /// Loopback unless asked: a bridge usually runs beside the platform plug-in on the same machine.
    public static let defaultHost = "127.0.0.1"
    public static let defaultPort = 8765

    public var host: String
    /// 0 picks a free port (printed on start).
    public var port: Int
    /// Whether `/v1` routes need the bearer token; turning it off is refused beyond loopback.
    public var requireToken: Bool
    /// Whether replies carry the trace, as `serve --stdio` without `--no-trace`.
    public var trace: Bool
    /// The moment each answer is given at: the current time, or a fixed one (`--now`) so that agents' hours
    /// and `active` windows read the same whenever a bridge is tried out or tested.
    public var now: @Sendable () -> Date

    public init(
        host: String = defaultHost, port: Int = defaultPort, requireToken: Bool = true, trace: Bool = true,
        now: @escaping @Sendable () -> Date = { Date() }
    ) {
        self.host = host
        self.port = port
        self.requireToken = requireToken
        self.trace = trace
        self.now = now
    }

    /// Whether `host` can only be reached from this machine.
    public var isLoopback: Bool {
        ["127.0.0.1", "::1", "localhost"].contains(host) || host.hasPrefix("127.")
    }
}
