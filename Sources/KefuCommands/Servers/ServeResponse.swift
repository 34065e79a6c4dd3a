import KefuEngine

/// One line of `kefu serve --stdio` output: the `kefu ask --json` object with `session` added, or
/// `{"error": …, "line": N}` for a line that could not be read.
enum ServeResponse: Encodable {
    case reply(EngineReply, session: String?)
    case error(String, line: Int)

    private enum CodingKeys: String, CodingKey {
        case session, error, line
    }

    func encode(to encoder: any Encoder) throws {
        switch self {
        case .reply(let reply, let session):
            try reply.encode(to: encoder)
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(session, forKey: .session)
        case .error(let message, let line):
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(message, forKey: .error)
            try container.encode(line, forKey: .line)
        }
    }
}
