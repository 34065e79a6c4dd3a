import KefuCore

/// The engine's sentence-model side, compiled with it: the FAQ questions' embeddings, the sentiment
/// prototypes, and the recent messages' embeddings. A message is embedded once, and only when it reaches
/// the FAQ stage; keyword rules stay exact and never wait for the model.
struct SemanticMatcher: Sendable {
    /// How many FAQs closest in meaning join the reranker's candidates.
    static let candidateCount = 10

    let index: SemanticIndex
    let sentiment: SentimentPrototypes
    let embeddings: TextEmbeddings
    let recent = RecentQueries()

    /// Embeds every question of `faqs` and the sentiment prototypes, reading kept embeddings back;
    /// `progress` is told of the questions embedded.
    init(
        content: EngineContent, encoder: any SentenceEncoder, store: (any EmbeddingStore)?,
        progress: (any ProgressReporter)? = nil
    ) throws {
        let normaliser = TextNormaliser()
        let embeddings = TextEmbeddings(encoder: encoder, store: store)
        var reporting = embeddings
        reporting.progress = progress
        sentiment = try SentimentPrototypes(lexicons: content.lexicons, embeddings: embeddings, normaliser: normaliser)
        index = try SemanticIndex(
            questions: content.faqs.map { faq in
                ([faq.item.question] + faq.item.similar).map { normaliser.normalise($0).text }
            }, generic: sentiment.calm.vectors, embeddings: reporting)
        self.embeddings = embeddings
    }

    /// The message as the model sees it, from the recent ones when it was seen lately; `nil` when the
    /// model fails on it (the message is then answered by words alone).
    func query(_ normalisedText: String) -> SemanticQuery? {
        if let known = recent.query(for: normalisedText) { return known }
        guard let vector = try? embeddings.encoder.embed([normalisedText]), vector.count == index.dimension
        else { return nil }
        let query = index.query(vector, keep: Self.candidateCount)
        recent.remember(query, for: normalisedText)
        return query
    }
}
