import KefuApp

/// One line of `kefu serve --stdio` output: the reply with its session (`SessionReply`), or
/// `{"error": …, "line": N}` for a line that could not be read.
enum ServeResponse: Encodable {
    case reply(SessionReply)
    case error(String, line: Int)

    private enum CodingKeys: String, CodingKey {
        case error, line
    }

    func encode(to encoder: any Encoder) throws {
        switch self {
        case .reply(let reply):
            try reply.encode(to: encoder)
        case .error(let message, let line):
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(message, forKey: .error)
            try container.encode(line, forKey: .line)
        }
    }
}
