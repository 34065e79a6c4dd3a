/// Fixture text with expected positions marked inline: `⟦1⟧` before the character where diagnostic 1
/// should point. The markers are removed, and their line and column (1-based, counted in Unicode
/// scalars as YAML positions are) are kept.
public struct MarkedText: Sendable {
    public let text: String
    public let marks: [String: (line: Int, column: Int)]

    public init(_ marked: String) {
        var text = ""
        var marks: [String: (line: Int, column: Int)] = [:]
        var line = 1
        var column = 1
        var scalars = marked.unicodeScalars[...]
        while let scalar = scalars.first {
            if scalar == "⟦", let close = scalars.firstIndex(of: "⟧") {
                let name = String(String.UnicodeScalarView(scalars[scalars.index(after: scalars.startIndex)..<close]))
                marks[name] = (line, column)
                scalars = scalars[scalars.index(after: close)...]
                continue
            }
            text.unicodeScalars.append(scalar)
            if scalar == "\n" {
                line += 1
                column = 1
            } else {
                column += 1
            }
            scalars = scalars.dropFirst()
        }
        self.text = text
        self.marks = marks
    }

    /// `file:line:column` of mark `name`, as diagnostics print it.
    public func location(_ name: String, in file: String) -> String {
        guard let mark = marks[name] else { return "\(file):?:? (no mark \(name))" }
        return "\(file):\(mark.line):\(mark.column)"
    }
}
