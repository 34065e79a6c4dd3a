import ArgumentParser

/// A `kefu` subcommand: it takes the global options (before or after its name) and does its work in
/// a `CommandContext`, which prints failures and turns them into exit statuses.
protocol KefuSubcommand: ParsableCommand {
    /// Options given after the subcommand's name.
    var global: GlobalOptions { get }
    /// The root command, holding options given before the subcommand's name.
    var kefu: KefuCommand { get }

    /// The command's work.
    func run(in context: CommandContext) throws
}

extension KefuSubcommand {
    func run() throws {
        let context = CommandContext(global.merged(withEarlier: kefu.global))
        try context.run { try run(in: context) }
    }
}
