/// What one stage of the pipeline saw and decided, and how long it took.
public struct TraceStep: Hashable, Sendable, Encodable {
    public var stage: TraceStage
    public var micros: Double
    public var facts: [String: TraceValue]

    /// The fact `name`, if the stage recorded it.
    public subscript(name: String) -> TraceValue? { facts[name] }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: DynamicKey.self)
        try container.encode(stage, forKey: DynamicKey("stage"))
        try container.encode(micros, forKey: DynamicKey("micros"))
        for (name, value) in facts.sorted(by: { $0.key < $1.key }) {
            try container.encode(value, forKey: DynamicKey(name))
        }
    }

    private struct DynamicKey: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(_ name: String) { stringValue = name }
        init?(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }
}
