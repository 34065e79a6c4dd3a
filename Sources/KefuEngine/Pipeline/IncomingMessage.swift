/// One buyer message as a chat platform delivers it.
public struct IncomingMessage: Hashable, Sendable {
    public var text: String
    public var type: MessageType

    public init(_ text: String, type: MessageType = .text) {
        self.text = text
        self.type = type
    }
}
