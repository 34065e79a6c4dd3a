import Foundation
import Hummingbird
import KefuApp
import KefuCore
import Logging

/// `kefu serve --http`: the `serve --stdio` requests and answers as JSON over HTTP, plus what people do
/// alongside the bot (tickets, hand-back, suggested replies, ratings), health and metrics.
/// Documentation/HTTP.md lists every route. Loopback and a bearer token by default; SIGTERM or SIGINT
/// finish the requests in flight, write the log and end with status 0.
public struct HTTPBridge: Sendable {
    let workspace: Workspace
    let options: HTTPBridgeOptions

    public init(workspace: Workspace, options: HTTPBridgeOptions) {
        self.workspace = workspace
        self.options = options
    }

    /// Serves until a signal; `listening` is called once with the address bound (`http://127.0.0.1:8765`),
    /// which names the port picked when `options.port` is 0.
    /// - Throws: `AppFailure` when the options are refused or the store cannot be opened.
    public func run(environment: [String: String], listening: @escaping @Sendable (String, String?) -> Void)
        async throws
    {
        if !options.requireToken && !options.isLoopback {
            throw AppFailure(.usage, Message(.httpTokenBeyondLoopback, options.host))
        }
        let token: AccessToken? =
            options.requireToken ? try AccessToken.resolve(for: workspace, environment: environment) : nil
        let desk = try BridgeDesk(workspace: workspace, trace: options.trace, now: options.now)
        let router = Router()
        router.add(middleware: JSONErrorMiddleware())
        if let token { router.add(middleware: BearerTokenMiddleware(token: token)) }
        BridgeRoutes(desk: desk).add(to: router)
        var logger = Logger(label: "kefu.http")
        logger.logLevel = .critical
        let tokenSource = token.map { _ in
            environment["KEFU_TOKEN"].map { _ in "KEFU_TOKEN" } ?? AccessToken.relativePath
        }
        let bound = BoundFlag()
        let app = Application(
            router: router,
            configuration: ApplicationConfiguration(
                address: .hostname(options.host, port: options.port), serverName: "kefu"),
            onServerRunning: { channel in
                bound.set()
                let port = channel.localAddress?.port ?? options.port
                let host = options.host.contains(":") ? "[\(options.host)]" : options.host
                listening("http://\(host):\(port)", tokenSource)
            },
            logger: logger)
        defer { desk.close() }
        do {
            try await app.runService()
        } catch  where !bound.isSet {
            // Binding failed (a port in use, an address this machine does not have): say so plainly.
            throw AppFailure(.failure, Message(.httpCannotListen, "\(options.host):\(options.port)", "\(error)"))
        }
    }
}
