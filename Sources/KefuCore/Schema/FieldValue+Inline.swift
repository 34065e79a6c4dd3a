/// A field value on one line, for diffs and summaries: `"亲,48小时内发货"`, `[多久发货, 几天能发出]`,
/// `{en: "Hi", zh-CN: "亲"}`.
extension FieldValue {
    public var inline: String {
        switch self {
        case .text(let text): "\"" + text.replacingOccurrences(of: "\n", with: "\\n") + "\""
        case .number(let number): Int64(exactly: number).map { "\($0)" } ?? "\(number)"
        case .list(let values): "[" + values.map(\.inlineElement).joined(separator: ", ") + "]"
        case .record(let fields):
            "{" + fields.keys.sorted().map { "\($0): \(fields[$0]?.inline ?? "")" }.joined(separator: ", ") + "}"
        }
    }

    /// Inside a list, texts go unquoted unless they hold a separator.
    private var inlineElement: String {
        if case .text(let text) = self, !text.contains(","), !text.contains("\n") { return text }
        return inline
    }
}
