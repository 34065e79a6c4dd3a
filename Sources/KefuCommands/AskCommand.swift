import ArgumentParser
import Foundation
import KefuChat
import KefuCore
import KefuEngine
import KefuQuality
import KefuStore

/// `kefu ask [--json] [--session ID] [--buyer ID] [--product SKU] [--locale L] TEXT`: one buyer message
/// answered from the store, as a buyer would get it. The reply goes to standard output and a badge
/// (decision, source, confidence) to standard error, so scripts can take the reply alone.
struct AskCommand: KefuSubcommand {
    static let configuration = CommandConfiguration(commandName: "ask", abstract: Messages.text(.helpAsk))

    @Argument(help: ArgumentHelp(Messages.text(.argAskText), valueName: "TEXT"))
    var text: String

    @Option(help: ArgumentHelp(Messages.text(.optSession), valueName: "ID"))
    var session: String?

    @OptionGroup var buyerOptions: BuyerOptions

    @Option(name: .customLong("type"), help: ArgumentHelp(Messages.text(.optMessageType), valueName: "TYPE"))
    var messageType: String = "text"

    @OptionGroup var global: GlobalOptions
    @ParentCommand var kefu: KefuCommand

    func run(in context: CommandContext) throws {
        guard let type = MessageType(rawValue: messageType) else {
            let known = MessageType.allCases.map(\.rawValue).joined(separator: ", ")
            throw CommandFailure(.usage, Message(.askBadType, messageType, known))
        }
        let workspace = try Workspace.find(from: context.directory)
        let shop = try workspace.shopData()
        if let session {
            // A conversation changes the store (its state, its tickets): take the lock.
            try workspace.withStoreForChange { store, _ in
                let sessions = StoreSessionStore(store: store)
                var state = try sessions.session(id: session) ?? SessionState(id: session)
                let reply = try answer(
                    IncomingMessage(text, type: type), in: &state, engine: try workspace.engine(from: store),
                    store: store, sessions: sessions, shop: shop)
                try sessions.save(state)
                print(reply, in: context)
            }
        } else {
            let store = try workspace.openExistingStore()
            var state = SessionState(id: "ask")
            let reply = try answer(
                IncomingMessage(text, type: type), in: &state, engine: try workspace.engine(from: store), store: store,
                sessions: nil, shop: shop)
            print(reply, in: context)
        }
    }

    private func answer(
        _ message: IncomingMessage, in state: inout SessionState, engine: Engine, store: Store,
        sessions: StoreSessionStore?, shop: ShopDataTables
    ) throws -> EngineReply {
        if let buyer = buyerOptions.buyer { state.buyer = buyer }
        if let product = buyerOptions.product { state.product = product }
        if let locale = buyerOptions.locale { state.locale = locale }
        let context = AnswerContext(shop: shop, agentLoad: try sessions?.openTicketCounts() ?? [:], trace: true)
        let (reply, micros) = engine.timedAnswer(message, in: &state, context: context)
        if sessions != nil {
            // A conversation is logged for reports; a one-off question is not one.
            try store.log([
                ConversationLogger(origin: .ask).entry(
                    text: message.text, type: message.type.rawValue, reply: reply, session: state.id,
                    buyer: state.buyer,
                    time: context.now, micros: micros)
            ])
        }
        return reply
    }

    private func print(_ reply: EngineReply, in context: CommandContext) {
        if context.json {
            context.printJSON(reply)
            return
        }
        if let text = reply.reply { context.console.out(text) }
        context.console.error(context.console.styled(reply.badge, .dim, onStandardError: true))
    }
}
