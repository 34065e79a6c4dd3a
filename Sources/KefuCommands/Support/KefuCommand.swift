import ArgumentParser
import Foundation
import KefuApp
import KefuCore

/// The `kefu` command and its subcommands.
public struct KefuCommand: ParsableCommand {
    /// The version of kefu itself.
    public static let version = "0.1.0"

    public static let configuration = CommandConfiguration(
        commandName: "kefu",
        abstract: Messages.text(.helpRoot),
        version: "kefu \(version) (\(LibraryVersions.summary))",
        subcommands: [
            InitCommand.self, CheckCommand.self, ShowCommand.self, SyncCommand.self, StatusCommand.self,
            DiffCommand.self, LogCommand.self, RollbackCommand.self, ConflictsCommand.self, ResolveCommand.self,
            RemoteCommand.self, CloneCommand.self, PullCommand.self, PushCommand.self, ExportCommand.self,
            ImportCommand.self, ImportFAQCommand.self, ChatCommand.self, AskCommand.self, TestCommand.self,
            ServeCommand.self, ConsoleCommand.self, ReplayCommand.self, ReportCommand.self, SchemaCommand.self,
            GenerateBundleCommand.self,
            EvaluateCLINCCommand.self, TicketsCommand.self, SuggestCommand.self, RemindCommand.self,
        ]
    )

    /// Options given before the subcommand (`kefu -C DIR check`), as git takes them.
    @OptionGroup var global: GlobalOptions

    public init() {}

    /// Parses and runs as argument-parser's `main()` does, in the user's language: `--lang` is taken
    /// before any help text is built (help is made from the catalogs when first asked for), and
    /// argument-parser's own words, help headings and parse errors, are written again from them.
    public static func main() {
        let arguments = Array(CommandLine.arguments.dropFirst())
        if let lang = Self.language(in: arguments), Language.isSupported(lang) { setenv("KEFU_LANG", lang, 1) }
        do {
            var command = try parseAsRoot(arguments)
            try command.run()
        } catch {
            let code = exitCode(for: error)
            let text = ParserText.localized(fullMessage(for: error), in: Messages.environmentLanguage)
            if !text.isEmpty {
                if code == .success {
                    print(text)
                } else {
                    FileHandle.standardError.write(Data((text + "\n").utf8))
                }
            }
            Foundation.exit(code.rawValue)
        }
    }

    /// The value of `--lang` among the arguments, wherever it is (`--lang zh-CN`, `--lang=zh-CN`).
    static func language(in arguments: [String]) -> String? {
        for (index, argument) in arguments.enumerated() {
            if argument == "--" { return nil }
            if argument == "--lang", index + 1 < arguments.count { return arguments[index + 1] }
            if argument.hasPrefix("--lang=") { return String(argument.dropFirst("--lang=".count)) }
        }
        return nil
    }
}
