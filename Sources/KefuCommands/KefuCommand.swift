import ArgumentParser
import KefuCore

/// The `kefu` command and its subcommands.
public struct KefuCommand: ParsableCommand {
    /// The version of kefu itself.
    public static let version = "0.1.0"

    public static let configuration = CommandConfiguration(
        commandName: "kefu",
        abstract: Messages.text(.helpRoot),
        version: "kefu \(version) (\(LibraryVersions.summary))",
        subcommands: [InitCommand.self, CheckCommand.self, ShowCommand.self]
    )

    public init() {}
}
