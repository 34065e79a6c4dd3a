import KefuApp
import KefuEngine

/// `GET /v1/sessions/{id}`: the session as kefu keeps it (personal data masked) and its tickets.
struct SessionView: Encodable, Sendable {
    let state: SessionState
    let tickets: [TicketJSON]

    private enum CodingKeys: String, CodingKey {
        case session, tickets
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(state, forKey: .session)
        try container.encode(tickets, forKey: .tickets)
    }
}
