/// An answer waiting for data the buyer has not given yet (`ask`): it resumes when they give it.
public struct PendingAnswer: Hashable, Sendable, Codable {
    public var source: SourceReference
    public var intent: String?
    /// What is still missing: `order`, `product`, `size`, `quantity`, `height_weight`.
    public var missing: [String]
}
