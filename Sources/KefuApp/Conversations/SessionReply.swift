import KefuEngine

/// A reply as a bridge receives it (`serve --stdio`, `serve --http`): the `kefu ask --json` object with
/// the request's `session` added.
public struct SessionReply: Encodable, Sendable {
    public let reply: EngineReply
    public let session: String?

    public init(_ reply: EngineReply, session: String?) {
        self.reply = reply
        self.session = session
    }

    private enum CodingKeys: String, CodingKey {
        case session
    }

    public func encode(to encoder: any Encoder) throws {
        try reply.encode(to: encoder)
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(session, forKey: .session)
    }
}
