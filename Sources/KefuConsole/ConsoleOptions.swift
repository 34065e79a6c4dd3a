/// How `kefu console` listens. Always loopback: the console edits the bundle and reads buyers'
/// conversations, so it is for the person at this machine only.
public struct ConsoleOptions: Sendable {
    public static let host = "127.0.0.1"
    public static let defaultPort = 8766

    /// 0 picks a free port (printed on start).
    public var port: Int

    public init(port: Int = defaultPort) { self.port = port }
}
