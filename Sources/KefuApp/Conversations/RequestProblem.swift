import KefuCore

/// What is wrong with a bridge's request, in words for the integrator; nothing was answered.
public struct RequestProblem: Error, Sendable {
    public let message: Message

    public init(_ message: Message) { self.message = message }

    /// What a decoder found wrong, in a few words rather than its dump.
    public static func reason(_ error: any Error) -> String {
        switch error {
        case DecodingError.keyNotFound(let key, _): "missing \"\(key.stringValue)\""
        case DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context):
            "\"\(context.codingPath.map(\.stringValue).joined(separator: "."))\" has the wrong type"
        default: "not a JSON object"
        }
    }
}
