/// How close one FAQ is to a message in meaning.
struct SemanticScore: Sendable, Hashable {
    let faq: Int32
    /// Centred cosine (`SemanticIndex`) to the FAQ's nearest question.
    let nearest: Float
    /// Centred cosine to the FAQ's centroid.
    let centroid: Float
    /// Which question was nearest.
    let nearestQuestion: Int32
    /// What ranking and calibration read: nearest and centroid together, steadier than either.
    var similarity: Float { (nearest + centroid) / 2 }
}
