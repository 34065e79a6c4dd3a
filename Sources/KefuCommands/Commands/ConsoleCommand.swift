import ArgumentParser
import Foundation
import KefuApp
import KefuConsole
import KefuCore

/// `kefu console [--port N] [--no-open]`: serves the seller's console on loopback and prints its
/// address with a one-time sign-in token (first line, alone, for scripts); on a desktop it also opens
/// the address in the browser. Documentation/Console.md.
struct ConsoleCommand: KefuSubcommand {
    static let configuration = CommandConfiguration(commandName: "console", abstract: Messages.text(.helpConsole))

    @Option(help: ArgumentHelp(Messages.text(.optConsolePort), valueName: "N"))
    var port = ConsoleOptions.defaultPort

    @Flag(name: .customLong("no-open"), help: ArgumentHelp(Messages.text(.optNoOpen)))
    var noOpen = false

    @OptionGroup var global: GlobalOptions
    @ParentCommand var kefu: KefuCommand

    func run(in context: CommandContext) throws {
        guard (0...65_535).contains(port) else { throw AppFailure(.usage, Message(.serveBadPort, port)) }
        let workspace = try context.workspace()
        let console = context.console
        let language = context.language
        let opens = !noOpen && Self.hasDesktop(ProcessInfo.processInfo.environment)
        let server = ConsoleServer(workspace: workspace, options: ConsoleOptions(port: port))
        try BlockingTask.run {
            try await server.run { address in
                console.out(address)
                console.error(Message(.consoleListening, address).text(in: language))
                if opens { Self.openInBrowser(address) }
            }
        }
    }

    /// A graphical session to open a browser in.
    static func hasDesktop(_ environment: [String: String]) -> Bool {
        #if os(macOS)
            return true
        #else
            return !(environment["DISPLAY"] ?? "").isEmpty || !(environment["WAYLAND_DISPLAY"] ?? "").isEmpty
        #endif
    }

    /// Hands the address to the desktop's browser; a desktop without one only has the printed address.
    private static func openInBrowser(_ address: String) {
        let process = Process()
        process.executableURL = URL(filePath: "/usr/bin/env")
        #if os(macOS)
            process.arguments = ["open", address]
        #else
            process.arguments = ["xdg-open", address]
        #endif
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try? process.run()
    }
}
