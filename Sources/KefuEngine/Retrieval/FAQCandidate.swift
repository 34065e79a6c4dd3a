import KefuCore

/// One FAQ the retrieval considered, with the evidence and the calibrated confidence (0…1).
public struct FAQCandidate: Hashable, Sendable {
    public var index: Int
    public var id: ItemID
    /// Calibrated: comparable with the bundle's `answer` and `suggest` thresholds.
    public var confidence: Double
    /// Cosine to the nearest of the FAQ's questions.
    public var nearest: Double
    /// Cosine to the FAQ's centroid.
    public var centroid: Double
    /// The classifier's probability among the candidates.
    public var classifier: Double
    /// The FAQ question or similar question closest to the message.
    public var closestQuestion: String
    /// With the sentence model: how close in meaning (the mean of the cosines to the nearest question and
    /// to the centroid), and which question was closest in meaning.
    public var meaning: Double? = nil
    public var closestInMeaning: String? = nil
}
