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

    /// Warnings for the lines of a file that parsed, where full-width punctuation stands for YAML's own.
    static func warnings(in text: String, path: String) -> [Diagnostic] {
        var found: [Diagnostic] = []
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            guard line.contains("，") || line.contains("“") else { continue }
            let number = index + 1
            if let list = line.firstMatch(of: /^(\s*(?:-\s+)?[A-Za-z_][A-Za-z0-9_-]*:\s*\[)([^\]]*)\]\s*(?:#.*)?\r?$/),
                list.2.contains("，"), !list.2.contains(","), let comma = list.2.firstIndex(of: "，")
            {
                let column = list.1.count + list.2.distance(from: list.2.startIndex, to: comma) + 1
                found.append(
                    Diagnostic(
                        .warning, Message(.yamlFullWidthCommaList, String(list.2.split(separator: "，").first ?? "")),
                        at: SourceLocation(file: path, line: number, column: column)))
            }
            if let quoted = line.firstMatch(of: /^(\s*(?:-\s+)?([A-Za-z_][A-Za-z0-9_-]*):\s*)“[^“”]*”\s*\r?$/) {
                found.append(
                    Diagnostic(
                        .warning, Message(.yamlCurlyQuotes, String(quoted.2)),
                        at: SourceLocation(file: path, line: number, column: quoted.1.count + 1)))
            }
        }
        return found
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
