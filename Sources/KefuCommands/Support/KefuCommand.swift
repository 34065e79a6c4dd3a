import ArgumentParser
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
}
