import KefuCore

/// A message close in meaning to a sentiment prototype.
struct SentimentMatch: Sendable {
    let level: Lexicon.SentimentLevel
    let prototype: String
    let similarity: Float
    /// How close the nearest calm prototype was.
    let calm: Float
}
