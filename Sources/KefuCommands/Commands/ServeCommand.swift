import ArgumentParser
import KefuApp
import KefuCore

/// `kefu serve --stdio`: the machine interface for bridges to chat platforms (Documentation/Engine.md, JSON Lines).
struct ServeCommand: KefuSubcommand {
    static let configuration = CommandConfiguration(commandName: "serve", abstract: Messages.text(.helpServe))

    @Flag(help: ArgumentHelp(Messages.text(.optStdio)))
    var stdio = false

    @Flag(name: .customLong("no-trace"), help: ArgumentHelp(Messages.text(.optNoTrace)))
    var noTrace = false

    @OptionGroup var global: GlobalOptions
    @ParentCommand var kefu: KefuCommand

    func run(in context: CommandContext) throws {
        guard stdio else { throw AppFailure(.usage, Message(.serveNeedsStdio)) }
        let workspace = try Workspace.find(from: context.directory)
        try StdioServer(workspace: workspace, context: context, trace: !noTrace).run()
    }
}
