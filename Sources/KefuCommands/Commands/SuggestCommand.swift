import ArgumentParser
import KefuApp
import KefuCore
import KefuEngine

/// `kefu suggest TEXT [--session ID]`: the replies the shop's items would give, for the person answering
/// a buyer to pick from (话术推荐). Read only: nothing is sent, logged or kept.
struct SuggestCommand: KefuSubcommand {
    static let configuration = CommandConfiguration(commandName: "suggest", abstract: Messages.text(.helpSuggest))

    @Argument(help: ArgumentHelp(Messages.text(.argAskText), valueName: "TEXT"))
    var text: String

    @Option(help: ArgumentHelp(Messages.text(.optSuggestSession), valueName: "ID"))
    var session: String?

    @OptionGroup var buyerOptions: BuyerOptions

    @OptionGroup var global: GlobalOptions
    @ParentCommand var kefu: KefuCommand

    func run(in context: CommandContext) throws {
        let workspace = try context.workspace()
        let store = try workspace.openExistingStore()
        let saved = try session.flatMap { try StoreSessionStore(store: store).session(id: $0) }
        let state = buyerOptions.applied(to: saved ?? SessionState(id: session ?? "suggest"))
        let suggestions = try workspace.assistant(from: store).suggestions(for: IncomingMessage(text), in: state)
        if context.json {
            context.printJSON(suggestions)
            return
        }
        if suggestions.isEmpty { context.console.out(context.text(Message(.suggestNone))) }
        for (number, suggestion) in suggestions.enumerated() {
            let confidence = suggestion.confidence.map { String(format: " · %.2f", $0) } ?? ""
            let missing = suggestion.missing.isEmpty ? "" : " · needs " + suggestion.missing.joined(separator: ", ")
            context.console.out("\(number + 1). \(suggestion.reply)")
            context.console.out(
                context.console.styled("   [\(suggestion.source.label)\(confidence)\(missing)]", .dim))
        }
    }
}
