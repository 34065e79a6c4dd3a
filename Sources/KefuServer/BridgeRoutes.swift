import Foundation
import Hummingbird
import KefuApp
import KefuCore
import KefuStore

/// The routes of Documentation/HTTP.md, each a few lines over `BridgeDesk`.
struct BridgeRoutes: Sendable {
    let desk: BridgeDesk

    func add(to router: Router<BasicRequestContext>) {
        router.get("/healthz") { _, _ in JSONResponse.make(.ok, ["status": "ok"]) }
        router.get("/metrics") { _, _ in
            Response(
                status: .ok, headers: [.contentType: "text/plain; version=0.0.4"],
                body: ResponseBody(
                    byteBuffer: ByteBuffer(string: desk.metrics.exposition(openTickets: try desk.tickets.activeCount()))
                ))
        }
        router.post("/v1/messages") { request, _ in
            JSONResponse.make(.ok, try await desk.answer(try await Self.buyerMessage(request)))
        }
        router.post("/v1/suggestions") { request, _ in
            JSONResponse.make(.ok, ["suggestions": try desk.suggestions(for: try await Self.buyerMessage(request))])
        }
        router.get("/v1/sessions/:id") { _, context in
            let id = try context.parameters.require("id")
            guard let view = try await desk.session(id) else { throw APIError(.notFound, Message(.httpNoSession, id)) }
            return JSONResponse.make(.ok, view)
        }
        router.post("/v1/sessions/:id/handback") { request, context in
            let id = try context.parameters.require("id")
            let agent = try await RequestBody.decode(AgentRequest.self, of: request, fields: AgentRequest.fields).agent
            let closed = try await desk.inLane(of: id) { try desk.tickets.handBack(session: id, by: agent) }
            return JSONResponse.make(.ok, ["tickets": closed.map(TicketJSON.init)])
        }
        router.get("/v1/tickets") { request, _ in
            let state = request.uri.queryParameters["state"].map(String.init)
            return JSONResponse.make(.ok, ["tickets": try Self.tickets(in: state, desk: desk).map(TicketJSON.init)])
        }
        router.get("/v1/tickets/:id") { _, context in
            JSONResponse.make(.ok, TicketJSON(try Self.ticket(context, desk: desk)))
        }
        for change in TicketChange.allCases {
            router.post("/v1/tickets/:id/\(change.rawValue)") { request, context in
                let ticket = try Self.ticket(context, desk: desk)
                let agent = try await RequestBody.decode(AgentRequest.self, of: request, fields: AgentRequest.fields)
                    .agent
                let id = ticket.id ?? 0
                let changed = try await desk.inLane(of: ticket.session) {
                    try desk.tickets.change(ticket: id, change, by: agent)
                }
                return JSONResponse.make(.ok, TicketJSON(changed))
            }
        }
        router.post("/v1/feedback") { request, _ in
            let feedback = try await RequestBody.decode(
                FeedbackRequest.self, of: request, fields: FeedbackRequest.fields)
            do {
                return JSONResponse.make(.ok, try await desk.rate(feedback))
            } catch let failure as AppFailure {
                throw APIError(
                    .notFound, failure.diagnostics.first?.message ?? Message(.httpNoSession, feedback.session))
            }
        }
    }

    /// The buyer message of a `/v1/messages` or `/v1/suggestions` body, checked as `serve --stdio` checks a line.
    private static func buyerMessage(_ request: Request) async throws -> BuyerMessageRequest {
        let body = try await RequestBody.object(of: request, fields: BuyerMessageRequest.fields)
        do {
            return try BuyerMessageRequest.read(body)
        } catch {
            throw APIError(.badRequest, error.message)
        }
    }

    /// The ticket the route's `:id` names: 400 for a number that is not one, 404 for no such ticket.
    private static func ticket(_ context: BasicRequestContext, desk: BridgeDesk) throws -> TicketRecord {
        let text = try context.parameters.require("id")
        guard let id = Int64(text) else { throw APIError(.badRequest, Message(.httpBadTicketID, text)) }
        do {
            return try desk.tickets.ticket(id: id)
        } catch let failure as AppFailure {
            throw APIError(.notFound, failure.diagnostics.first?.message ?? Message(.httpBadTicketID, text))
        }
    }

    /// `?state=open|claimed|closed|active` (active: open or claimed); all without.
    private static func tickets(in state: String?, desk: BridgeDesk) throws -> [TicketRecord] {
        switch state {
        case nil: return try desk.tickets.tickets()
        case "active": return try desk.tickets.tickets(in: TicketDesk.active)
        case let name?:
            guard let state = TicketRecord.State(rawValue: name) else {
                throw APIError(.badRequest, Message(.httpBadState, name))
            }
            return try desk.tickets.tickets(in: [state])
        }
    }
}
