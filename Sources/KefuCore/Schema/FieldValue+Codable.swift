/// JSON coding for field values: the canonical content in the store is this JSON.
extension FieldValue: Codable {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let text = try? container.decode(String.self) {
            self = .text(text)
        } else if let number = try? container.decode(Double.self) {
            self = .number(number)
        } else if let list = try? container.decode([FieldValue].self) {
            self = .list(list)
        } else if let record = try? container.decode([String: FieldValue].self) {
            self = .record(record)
        } else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "expected a text, number, list or record")
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .text(let text): try container.encode(text)
        case .number(let number):
            // Whole numbers are written without a fraction so that `10` stays `10` in every form.
            if let whole = Int64(exactly: number) {
                try container.encode(whole)
            } else {
                try container.encode(number)
            }
        case .list(let list): try container.encode(list)
        case .record(let record): try container.encode(record)
        }
    }
}
