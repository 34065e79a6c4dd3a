import KefuCore
import Yams

/// The YAML mistakes a seller typing on a Chinese keyboard makes, said plainly where they are: a
/// full-width colon after a key (`question：可以机洗吗?`) or a tab in the indentation. libyaml reports the
/// first as "could not find expected ':'" at the next line, and the second as a character that cannot
/// start any token. Two more parse without an error but not as meant, so they are warned about: a list
/// separated only by full-width commas (`similar: [多久发货，几天发出]` is one question, not two), and a
/// value wrapped in curly quotes (`question: “多久发货”` keeps the quotes in the text).
enum SellersYAMLMistake {
    /// A diagnostic for the mistake on the lines up to the error's, or `nil` when none is there.
    static func find(in text: String, near error: YamlError, path: String) -> Diagnostic? {
        guard let line = line(of: error) else { return nil }
        let lines = text.split(separator: "\n", maxSplits: line, omittingEmptySubsequences: false).prefix(line)
        // The error's own line and the two before it (libyaml notices a missing colon a line late).
        for (offset, text) in lines.enumerated().suffix(3).reversed() {
            let number = offset + 1
            if let key = text.firstMatch(of: /^(\s*(?:-\s+)?)([A-Za-z_][A-Za-z0-9_-]*)\s*：/) {
                return .error(
                    Message(.yamlFullWidthColon, String(key.2)),
                    at: SourceLocation(file: path, line: number, column: key.1.count + key.2.count + 1))
            }
            if let indent = text.firstMatch(of: /^[ ]*\t/) {
                return .error(
                    Message(.yamlTabIndent), at: SourceLocation(file: path, line: number, column: indent.0.count))
            }
        }
        return nil
    }

    /// Warnings for an item's fields that parsed, but where full-width punctuation stands for YAML's own.
    /// Read from the item's parsed nodes (a few per item), not from the file's text again.
    static func warnings(in item: Node.Mapping, path: String) -> [Diagnostic] {
        var found: [Diagnostic] = []
        for (key, value) in item {
            let name = key.string ?? ""
            switch value {
            case .sequence(let list) where list.count == 1 && isFlow(list):
                guard let text = list.first?.string, text.contains("，"), !text.contains(",") else { continue }
                found.append(
                    Diagnostic(
                        .warning, Message(.yamlFullWidthCommaList, String(text.split(separator: "，")[0])),
                        at: YAMLNodes.sourceLocation(list.first?.mark, file: path)))
            case .scalar(let scalar) where scalar.style == .plain:
                guard scalar.string.hasPrefix("“"), scalar.string.hasSuffix("”") else { continue }
                found.append(
                    Diagnostic(
                        .warning, Message(.yamlCurlyQuotes, name), at: YAMLNodes.sourceLocation(scalar.mark, file: path)
                    ))
            default: continue
            }
        }
        return found
    }

    /// Whether a one-item list was written `[item]`: Yams does not keep a parsed list's style, but the item
    /// of `[item]` starts right after the bracket, where a block list's starts after `- `.
    private static func isFlow(_ list: Node.Sequence) -> Bool {
        guard let bracket = list.mark, let item = list.first?.mark else { return false }
        return item.line == bracket.line && item.column == bracket.column + 1
    }

    /// The 1-based line libyaml stopped at.
    private static func line(of error: YamlError) -> Int? {
        switch error {
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _):
            max(1, mark.line)
        default: nil
        }
    }
}
