/// Where the engine keeps the embeddings of texts it has seen, by the SHA-256 of the text (and the model's
/// identity), so that compiling an edited bundle embeds only the texts that changed. The command line keeps
/// them in `.kefu/engine/`; without a store every compile embeds every text.
public protocol EmbeddingStore: Sendable {
    /// The vectors kept for these keys, each `dimension` floats; keys never kept are missing.
    func vectors(forKeys keys: [EmbeddingKey], dimension: Int) -> [EmbeddingKey: [Float]]
    /// Keeps these vectors beside those kept before.
    func save(_ vectors: [EmbeddingKey: [Float]], dimension: Int)
}
