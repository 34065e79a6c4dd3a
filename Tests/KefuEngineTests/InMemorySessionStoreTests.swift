import KefuCore
import Testing

@testable import KefuEngine

/// The open tickets per agent that `kefu serve` routes by, kept as sessions are saved.
@Suite struct InMemorySessionStoreTests {
    private func ticket(to agent: String) -> HandoffTicket {
        HandoffTicket(
            reason: .requested, priority: .normal, agent: ItemID(agent), agentName: nil, agentOnline: true,
            availableAt: nil, trigger: nil, summary: "", transcript: [])
    }

    @Test func countsFollowEverySave() {
        let store = InMemorySessionStore()
        var first = SessionState(id: "a")
        first.tickets = [ticket(to: "xiaomei"), ticket(to: "xiaomei")]
        store.save(first)
        var second = SessionState(id: "b")
        second.tickets = [ticket(to: "laowang")]
        store.save(second)
        #expect(store.openTicketCounts() == [ItemID("xiaomei")!: 2, ItemID("laowang")!: 1])

        first.tickets = [ticket(to: "laowang")]
        store.save(first)
        #expect(store.openTicketCounts() == [ItemID("laowang")!: 2], "a saved session replaces its old tickets")
        store.save(SessionState(id: "b"))
        #expect(store.openTicketCounts() == [ItemID("laowang")!: 1])
    }
}
