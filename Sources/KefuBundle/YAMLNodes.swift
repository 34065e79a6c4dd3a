import KefuCore
import Yams

/// Between Yams nodes and field values: raw values out of a parsed file, positions back in for
/// diagnostics, and nodes for writing.
enum YAMLNodes {
    /// Parses `text` into its root node; `nil` for a file with no document (empty, or comments only).
    static func parse(_ text: String, path: String) -> Result<Node?, Diagnostic> {
        do {
            // No implicit typing: every scalar is text until its field's schema says otherwise, and
            // skipping the resolver's regular expressions makes parsing several times faster.
            let root = try Yams.compose(yaml: text, .basic)
            // An alias shares its anchor's node, so composing is cheap; reading the values out visits
            // every copy. Without aliases a file holds fewer values than bytes; aliases may add a few
            // thousand more, not the billions of an alias bomb (aliases of aliases, 1 KB of text).
            let budget = text.utf8.count + extraValuesThroughAliases
            if let root, !fits(root, within: budget) {
                return .failure(.error(Message(.yamlExpandsTooMuch, budget), at: sourceLocation(root.mark, file: path)))
            }
            return .success(root)
        } catch let error as YamlError {
            return .failure(
                SellersYAMLMistake.find(in: text, near: error, path: path) ?? diagnostic(for: error, path: path))
        } catch {
            return .failure(.error(Message(.yamlSyntax, excerpt("\(error)")), at: SourceLocation(file: path)))
        }
    }

    /// At most 200 characters of what a parser said, which may quote a line or a key of any length (a 7 MB
    /// line once gave 12 MB of error): the location says where the rest is.
    static func excerpt(_ text: String) -> String {
        text.count <= 200 ? text : text.prefix(200) + "…"
    }

    /// How many values aliases may add to a file beyond its size in bytes.
    static let extraValuesThroughAliases = 10_000

    /// Whether `root`, with every alias read out, holds at most `budget` values; stops counting there.
    static func fits(_ root: Node, within budget: Int) -> Bool {
        var count = 0
        var pending = [root]
        while let node = pending.popLast() {
            count += 1
            guard count <= budget else { return false }
            switch node {
            case .scalar, .alias: break
            case .sequence(let sequence): pending.append(contentsOf: sequence)
            case .mapping(let mapping):
                for pair in mapping {
                    pending.append(pair.key)
                    pending.append(pair.value)
                }
            }
        }
        return true
    }

    private static func diagnostic(for error: YamlError, path: String) -> Diagnostic {
        func at(_ mark: Mark) -> SourceLocation {
            SourceLocation(file: path, line: max(1, mark.line), column: max(1, mark.column))
        }
        switch error {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
            .composer(let context, let problem, let mark, _):
            // libyaml's context says where the construct it was reading began (an unclosed quote).
            let started = context.map { " \($0.text) that began at \($0.mark.line):\($0.mark.column)" } ?? ""
            return .error(Message(.yamlSyntax, excerpt(problem + started)), at: at(mark))
        case .duplicatedKeysInMapping(let duplicates, let context):
            return .error(
                Message(.duplicateYAMLKey, excerpt(duplicates.joined(separator: "', '"))), at: at(context.mark))
        default:
            return .error(Message(.yamlSyntax, excerpt("\(error)")), at: SourceLocation(file: path))
        }
    }

    /// How YAML writes null in a plain scalar.
    private static let nullSpellings: Set<String> = ["", "~", "null", "Null", "NULL"]

    /// The raw value of `node`: every scalar is text (its schema decides what it means), a null is
    /// absent. Mapping keys that are not plain scalars are reported into `problems`.
    static func rawValue(of node: Node, at path: FieldPath, problems: inout [FieldProblem]) -> FieldValue? {
        switch node {
        case .scalar(let scalar):
            if scalar.style == .plain || scalar.style == .any, nullSpellings.contains(scalar.string) { return nil }
            return .text(scalar.string)
        case .sequence(let sequence):
            var values: [FieldValue] = []
            for (index, element) in sequence.enumerated() {
                if let value = rawValue(of: element, at: path.appending(index: index), problems: &problems) {
                    values.append(value)
                }
            }
            return .list(values)
        case .mapping(let mapping):
            var fields: [String: FieldValue] = [:]
            for (index, pair) in mapping.enumerated() {
                guard case .scalar(let key) = pair.key else {
                    problems.append(
                        FieldProblem(
                            path: path.appending(index: index), target: .key, message: Message(.yamlKeyNotText)))
                    continue
                }
                if let value = rawValue(of: pair.value, at: path.appending(key.string), problems: &problems) {
                    fields[key.string] = value
                }
            }
            return .record(fields)
        case .alias:
            // Yams resolves aliases while composing; none reach here.
            return nil
        }
    }

    /// The position of `path` inside `node`: the key or the value it ends at, or, when part of the
    /// path is not in the file (a missing key), the deepest part that is.
    static func location(of path: FieldPath, target: FieldProblem.Target, in node: Node, file: String)
        -> SourceLocation
    {
        var current = node
        var mark = node.mark
        for (position, component) in path.components.enumerated() {
            let isLast = position == path.components.count - 1
            switch component {
            case .key(let key):
                guard case .mapping(let mapping) = current,
                    let pair = mapping.first(where: { $0.key.string == key })
                else { return sourceLocation(mark, file: file) }
                if isLast && target == .key { return sourceLocation(pair.key.mark ?? mark, file: file) }
                current = pair.value
                mark = pair.value.mark ?? pair.key.mark ?? mark
            case .index(let index):
                if case .mapping(let mapping) = current, index < mapping.count {
                    // A mapping entry addressed by position: its key could not be read as a name.
                    let pair = mapping[mapping.index(mapping.startIndex, offsetBy: index)]
                    return sourceLocation(pair.key.mark ?? mark, file: file)
                }
                guard case .sequence(let sequence) = current, index < sequence.count else {
                    return sourceLocation(mark, file: file)
                }
                current = sequence[index]
                mark = current.mark ?? mark
            }
        }
        return sourceLocation(mark, file: file)
    }

    static func sourceLocation(_ mark: Mark?, file: String) -> SourceLocation {
        SourceLocation(file: file, line: mark?.line ?? 1, column: mark?.column ?? 1)
    }
}
