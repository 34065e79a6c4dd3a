import ArgumentParser
import Foundation
import KefuApp
import KefuChat
import KefuCore
import KefuEngine
import KefuStore

#if canImport(Glibc)
    import Glibc
#endif

/// `kefu chat [--buyer ID] [--product SKU] [--locale L] [--now TIME]`: the seller chats with the shop as
/// a test buyer (at a fixed moment with `--now`, to try a promotion before or after its window). On a terminal: line editing, history in `.kefu/history`, colour and the REPL's commands.
/// In a pipe: one buyer message per input line, one reply per output line, so
/// `kefu chat < questions.txt` works in scripts.
struct ChatCommand: KefuSubcommand {
    static let configuration = CommandConfiguration(commandName: "chat", abstract: Messages.text(.helpChat))

    @OptionGroup var buyerOptions: BuyerOptions

    /// Where the REPL keeps what was typed, beside the store (never part of the bundle).
    static let historyPath = ".kefu/history"

    @OptionGroup var clock: ClockOptions
    @OptionGroup var global: GlobalOptions
    @ParentCommand var kefu: KefuCommand

    func run(in context: CommandContext) throws {
        let workspace = try context.workspace()
        let timeZone = workspace.timeZone()
        let now = try clock.clock(in: timeZone)
        let store = try workspace.openExistingStore()
        if let notice = try workspace.unsyncedNotice(store, reload: true, in: context.language) {
            context.console.error(context.text(notice))
        }
        let backend = StoreChatBackend(
            workspace: workspace, store: store,
            describe: SyncOutput(context: context).messages(for:),
            warn: { context.console.error(context.text($0)) })
        var session = try ChatSession(
            backend: backend,
            profile: ChatProfile(
                buyer: buyerOptions.buyer, product: buyerOptions.product, locale: buyerOptions.locale),
            now: now, timeZone: timeZone)
        if isatty(STDIN_FILENO) == 1 {
            converse(&session, workspace: workspace, context: context)
        } else {
            answerLines(&session, context: context)
        }
    }

    /// The interactive loop: read a line with libedit, hand it to the session, print its events.
    private func converse(_ session: inout ChatSession, workspace: Workspace, context: CommandContext) {
        let printer = ChatPrinter(context: context)
        context.console.out(context.console.styled(context.text(Message(.chatIntro, session.shopName)), .dim))
        for event in session.start() { print(printer.lines(for: event), in: context) }
        let editor = LineEditor(
            program: "kefu", prompt: context.text(Message(.chatPrompt)),
            historyURL: workspace.root.appending(path: Self.historyPath))
        while true {
            switch editor.read() {
            case .end:
                context.console.out("")
                return
            case .cancelled:
                context.console.out("^C")
            case .line(let line):
                editor.remember(PersonalDataBoundary().kept(text: line))
                let events = session.handle(line: line)
                for event in events { print(printer.lines(for: event), in: context) }
                if events.contains(where: { if case .quit = $0 { true } else { false } }) { return }
            }
        }
    }

    /// The scripted loop: each input line is a buyer message (or a command), each reply one output
    /// line (for a message left unanswered, its badge: `[silent · …]`; with `--json`, one JSON object);
    /// badges and everything else go to standard error, so output lines match input messages.
    private func answerLines(_ session: inout ChatSession, context: CommandContext) {
        let printer = ChatPrinter(context: context)
        while let line = readLine(strippingNewline: true) {
            for event in session.handle(line: line) {
                switch event {
                case .reply(let reply):
                    if context.json {
                        context.printJSONLine(reply)
                    } else {
                        // A message left unanswered (silent after a handoff) still gets its line: the badge says
                        // why, so output lines keep matching input messages in batch tests.
                        context.console.out(reply.reply?.replacingOccurrences(of: "\n", with: " ") ?? reply.badge)
                        context.console.error(
                            context.console.styled(reply.badge, .dim, onStandardError: true))
                    }
                case .quit:
                    return
                default:
                    for text in printer.lines(for: event) { context.console.error(text) }
                }
            }
        }
    }

    private func print(_ lines: [String], in context: CommandContext) {
        for line in lines { context.console.out(line) }
    }
}
