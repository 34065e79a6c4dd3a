/// The key of one text's embedding: the SHA-256 of the model's identity and the text.
public struct EmbeddingKey: Hashable, Sendable {
    public let bytes: [UInt8]

    public init(bytes: [UInt8]) { self.bytes = bytes }
}
