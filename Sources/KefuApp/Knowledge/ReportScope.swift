import KefuCore

/// Which conversations a report measures. By default the buyers' own (`kefu serve`, replayed chat logs):
/// a seller's test chats (`kefu chat`, `kefu ask`) would otherwise turn a morning of testing into a 50%
/// handoff rate.
public struct ReportScope: Sendable, Equatable {
    /// Also the seller's test chats.
    public var includesTests: Bool
    /// Only this channel (`live`, `shop`, `serve`), when set.
    public var channel: String?

    public init(includesTests: Bool = false, channel: String? = nil) {
        self.includesTests = includesTests
        self.channel = channel
    }

    /// Conversations a seller has with the shop to try it.
    public static let testOrigins: Set<LoggedMessage.Origin> = [.chat, .ask]

    /// Whether `message` is measured.
    public func includes(_ message: LoggedMessage) -> Bool {
        (includesTests || !Self.testOrigins.contains(message.origin)) && (channel.map { $0 == message.channel } ?? true)
    }
}
