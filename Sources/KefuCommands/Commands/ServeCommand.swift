import ArgumentParser
import Foundation
import KefuApp
import KefuCore
import KefuServer

/// `kefu serve --stdio` and `kefu serve --http`: the machine interfaces for bridges to chat platforms
/// (Documentation/Engine.md for JSON Lines, Documentation/HTTP.md for HTTP).
struct ServeCommand: KefuSubcommand {
    static let configuration = CommandConfiguration(commandName: "serve", abstract: Messages.text(.helpServe))

    @Flag(help: ArgumentHelp(Messages.text(.optStdio)))
    var stdio = false

    @Flag(help: ArgumentHelp(Messages.text(.optHTTP)))
    var http = false

    @Option(help: ArgumentHelp(Messages.text(.optHTTPHost), valueName: "H"))
    var host = HTTPBridgeOptions.defaultHost

    @Option(help: ArgumentHelp(Messages.text(.optHTTPPort), valueName: "N"))
    var port = HTTPBridgeOptions.defaultPort

    @Flag(name: .customLong("no-token"), help: ArgumentHelp(Messages.text(.optNoToken)))
    var noToken = false

    @Flag(name: .customLong("no-trace"), help: ArgumentHelp(Messages.text(.optNoTrace)))
    var noTrace = false

    @OptionGroup var clock: ClockOptions
    @OptionGroup var global: GlobalOptions
    @ParentCommand var kefu: KefuCommand

    func run(in context: CommandContext) throws {
        guard stdio != http else { throw AppFailure(.usage, Message(.serveNeedsStdio)) }
        guard (0...65_535).contains(port) else { throw AppFailure(.usage, Message(.serveBadPort, port)) }
        let workspace = try context.workspace()
        let now = try clock.clock(in: workspace.timeZone())
        if stdio {
            try StdioServer(workspace: workspace, context: context, trace: !noTrace, now: now).run()
            return
        }
        let bridge = HTTPBridge(
            workspace: workspace,
            options: HTTPBridgeOptions(host: host, port: port, requireToken: !noToken, trace: !noTrace, now: now))
        let console = context.console
        let language = context.language
        let listening = { @Sendable (address: String, token: String?) in
            // The first line is the address alone, so a script (or a test) that asked for port 0 learns the port.
            console.out(address)
            let note = token.map { Message(.serveListening, address, $0) } ?? Message(.serveListeningOpen, address)
            console.error(note.text(in: language))
        }
        try BlockingTask.run {
            try await bridge.run(environment: ProcessInfo.processInfo.environment, listening: listening)
        }
    }
}
