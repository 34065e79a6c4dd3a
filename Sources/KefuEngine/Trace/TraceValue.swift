/// A value in the trace: the trace is data (JSON for machines, laid out by `:why` for people).
public indirect enum TraceValue: Hashable, Sendable, Encodable, ExpressibleByStringLiteral {
    case text(String)
    case number(Double)
    case flag(Bool)
    case list([TraceValue])
    case record([String: TraceValue])

    public init(stringLiteral value: String) { self = .text(value) }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .text(let text): try container.encode(text)
        case .number(let number): try container.encode(number)
        case .flag(let flag): try container.encode(flag)
        case .list(let list): try container.encode(list)
        case .record(let record): try container.encode(record)
        }
    }

    /// The text, when this is one.
    public var text: String? {
        if case .text(let text) = self { text } else { nil }
    }

    /// The entries, when this is a list.
    public var list: [TraceValue]? {
        if case .list(let list) = self { list } else { nil }
    }

    /// The fields, when this is a record.
    public var record: [String: TraceValue]? {
        if case .record(let record) = self { record } else { nil }
    }
}
