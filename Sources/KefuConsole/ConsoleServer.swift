import Foundation
import Hummingbird
import KefuApp
import KefuCore
import Logging

/// `kefu console`: the seller's workbench in a browser, on the Hummingbird server the HTTP bridge runs
/// on. Pages are rendered here from templates compiled into the binary, with a little of Kefu's own
/// JavaScript and no network. Loopback only; the printed address carries a one-time login token, which
/// a browser trades for a session cookie (HttpOnly, SameSite=Strict), and every change also needs that
/// session's CSRF token. Documentation/Console.md shows each page.
public struct ConsoleServer: Sendable {
    let workspace: Workspace
    let options: ConsoleOptions

    public init(workspace: Workspace, options: ConsoleOptions) {
        self.workspace = workspace
        self.options = options
    }

    /// Serves until a signal; `listening` is called once with the address to open, login token included.
    /// - Throws: `AppFailure` when the store cannot be opened or the port cannot be bound.
    public func run(listening: @escaping @Sendable (String) -> Void) async throws {
        let desk = try ConsoleDesk(workspace: workspace)
        let pages = try ConsolePages(shopName: { desk.shopName })
        let visitors = ConsoleVisitors(makeChat: { try desk.makeChat() })
        let port = ListeningPort()
        let router = Router(context: ConsoleRequestContext.self)
        router.add(
            middleware: ContentSecurityMiddleware(contentSecurityPolicy: [
                .defaultSrc(.none), .scriptSrc(.self), .styleSrc(.self), .imgSrc(.self), .formAction(.self),
                .frameAncestors(.none), .baseURI(.none), .connectSrc(.self),
            ]))
        router.add(middleware: NoReferrerMiddleware())
        router.add(middleware: ConsoleGate(visitors: visitors, pages: pages, port: port))
        ConsoleAssets().add(to: router)
        LoginPage(visitors: visitors, pages: pages).add(to: router)
        ChatPage(desk: desk, pages: pages).add(to: router)
        KnowledgePage(desk: desk, pages: pages).add(to: router)
        ConflictsPage(desk: desk, pages: pages).add(to: router)
        InsightPage(desk: desk, pages: pages).add(to: router)
        TicketsPage(desk: desk, pages: pages).add(to: router)
        TeamPage(desk: desk, pages: pages).add(to: router)
        var logger = Logger(label: "kefu.console")
        logger.logLevel = .critical
        let app = Application(
            router: router,
            configuration: ApplicationConfiguration(
                address: .hostname(ConsoleOptions.host, port: options.port), serverName: "kefu"),
            onServerRunning: { channel in
                let number = channel.localAddress?.port ?? options.port
                port.set(number)
                let token = visitors.issueLoginToken()
                listening("http://\(ConsoleOptions.host):\(number)/login?token=\(token)")
            },
            logger: logger)
        do {
            try await app.runService()
        } catch  where port.value == nil {
            throw AppFailure(
                .failure, Message(.consoleCannotListen, "\(ConsoleOptions.host):\(options.port)", "\(error)"))
        }
    }
}
