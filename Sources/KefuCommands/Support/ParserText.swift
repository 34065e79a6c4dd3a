import KefuCore

/// swift-argument-parser writes its help headings and parse errors in English only. Each of its lines
/// that kefu knows is written again from the catalogs (`parser…` keys), so a seller in `zh-CN` reads
/// `错误:缺少参数 <FILE>`, not `Error: Missing expected argument '<FILE>'`; anything else passes as is.
enum ParserText {
    /// Argument-parser's line shapes, tried in order (the more specific first), and the key that says
    /// the same; the captures are the key's arguments.
    // Built when asked for (help and errors only): a regex is not Sendable, so it cannot be a stored static.
    private static var shapes: [(Regex<AnyRegexOutput>, MessageKey)] {
        [
            (Regex(#/^OVERVIEW: (.*)$/#), .parserOverview),
            (Regex(#/^USAGE: (.*)$/#), .parserUsageHeading),
            (Regex(#/^ARGUMENTS:$/#), .parserArguments),
            (Regex(#/^OPTIONS:$/#), .parserOptions),
            (Regex(#/^SUBCOMMANDS:$/#), .parserSubcommands),
            (Regex(#/^  See '(.*)' for detailed help\.$/#), .parserSubcommandHelp),
            (
                Regex(#/^Error: The value '(.*)' is invalid for '(.*)'\. Please provide one of the following:$/#),
                .parserInvalidValue
            ),
            (Regex(#/^Error: The value '(.*)' is invalid for '(.*)'$/#), .parserInvalidValuePlain),
            (Regex(#/^Error: Missing expected argument '(.*)'$/#), .parserMissingArgument),
            (Regex(#/^Error: Unknown option '(.*)'$/#), .parserUnknownOption),
            (Regex(#/^Error: Unexpected argument '(.*)'$/#), .parserUnexpectedArgument),
            (Regex(#/^Error: (\d+) unexpected arguments: (.*)$/#), .parserUnexpectedArguments),
            (Regex(#/^Error: Missing value for '(.*)'$/#), .parserMissingValue),
            (Regex(#/^Error: (.*)$/#), .parserError),
            (Regex(#/^Help:  (.*)$/#), .parserHelpLine),
            (Regex(#/^Usage: (.*)$/#), .parserUsageLine),
            (Regex(#/^  See '(.*)' for more information\.$/#), .parserSeeHelp),
        ]
    }

    /// Phrases inside lines: the help of `--version` and `--help`, and an option's values and default.
    private static var phrases: [(Regex<AnyRegexOutput>, MessageKey)] {
        [
            (Regex(#/Show the version\./#), .parserShowVersion),
            (Regex(#/Show help information\./#), .parserShowHelp),
            (Regex(#/\(values: ([^;()]*); default: ([^()]*)\)/#), .parserValuesDefault),
            (Regex(#/\(values: ([^;()]*)\)/#), .parserValues),
            (Regex(#/\(default: ([^()]*)\)/#), .parserDefault),
        ]
    }

    /// `text` (help, or an error with its usage) in `language`.
    static func localized(_ text: String, in language: Language) -> String {
        guard language != .english else { return text }
        // Phrases first, over the whole text: help wraps `(values: …; default: …)` across lines.
        var text = text
        for (phrase, key) in phrases {
            text = text.replacing(phrase) { match in Message(key, arguments: captures(of: match)).text(in: language) }
        }
        return text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            for (shape, key) in shapes {
                guard let match = try? shape.wholeMatch(in: line) else { continue }
                let indent = key == .parserSubcommandHelp || key == .parserSeeHelp ? "  " : ""
                return indent + Message(key, arguments: captures(of: match)).text(in: language)
            }
            return String(line)
        }.joined(separator: "\n")
    }

    private static func captures(of match: Regex<AnyRegexOutput>.Match) -> [Message.Argument] {
        (1..<match.count).map { .text(match[$0].substring.map(String.init) ?? "") }
    }
}
