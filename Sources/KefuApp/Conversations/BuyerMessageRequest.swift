import Foundation
import KefuCore
import KefuEngine

/// One buyer message as a bridge sends it, the same over `serve --stdio` (a JSON line) and `serve --http`
/// (`POST /v1/messages`): only `text` is required. Read and checked here once for both.
public struct BuyerMessageRequest: Decodable, Sendable {
    /// The fields a request may carry; the HTTP bridge refuses any other.
    public static let fields: Set<String> = ["session", "text", "buyer", "product", "locale", "type"]

    public var session: String?
    public var text: String
    public var buyer: String?
    public var product: String?
    public var locale: String?
    public var type: String?

    /// The request in `data`, checked: a JSON object, a known message type, ids of bounded length.
    /// - Throws: the message that says what is wrong.
    public static func read(_ data: Data) throws(RequestProblem) -> BuyerMessageRequest {
        let request: BuyerMessageRequest
        do {
            request = try JSONDecoder().decode(BuyerMessageRequest.self, from: data)
        } catch {
            throw RequestProblem(Message(.requestBadJSON, RequestProblem.reason(error)))
        }
        try request.check()
        return request
    }

    private func check() throws(RequestProblem) {
        if MessageType(rawValue: type ?? MessageType.text.rawValue) == nil {
            let known = MessageType.allCases.map(\.rawValue).joined(separator: ", ")
            throw RequestProblem(Message(.requestBadType, type ?? "", known))
        }
        for (field, value) in [("session", session), ("buyer", buyer), ("product", product), ("locale", locale)]
        where (value?.count ?? 0) > SessionState.maximumIdentifierLength {
            throw RequestProblem(Message(.requestIdentifierTooLong, field, SessionState.maximumIdentifierLength))
        }
    }

    /// The message to answer.
    public var message: IncomingMessage {
        IncomingMessage(text, type: MessageType(rawValue: type ?? MessageType.text.rawValue) ?? .text)
    }

    /// `state` with what the request says about the buyer (who, which product, which language).
    public func applied(to state: SessionState) -> SessionState {
        state.applying(buyer: buyer, product: product, locale: locale)
    }
}
