/// What the engine understands meaning with: the sentence model and where its embeddings are kept, or why
/// there is none. Without a model the engine answers by words alone and says so in the trace.
public struct SemanticSetup: Sendable {
    public var encoder: (any SentenceEncoder)?
    public var store: (any EmbeddingStore)?
    /// Why there is no encoder (the model is not installed, or did not load), for the trace and `kefu check`.
    public var unavailableReason: String?

    /// Words alone, for `reason`.
    public static func off(_ reason: String) -> SemanticSetup {
        SemanticSetup(encoder: nil, store: nil, unavailableReason: reason)
    }

    public init(encoder: (any SentenceEncoder)?, store: (any EmbeddingStore)? = nil, unavailableReason: String? = nil) {
        self.encoder = encoder
        self.store = store
        self.unavailableReason = unavailableReason
    }
}
