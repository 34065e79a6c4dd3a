import KefuCore

/// Chooses who takes a handoff: an agent on duty whose skills cover the intent, the least loaded first;
/// a supervisor for a high-priority complaint; when nobody is on duty, whoever starts first, and when.
struct AgentRouter: Sendable {
    struct Route: Sendable {
        var agent: Agent?
        var online: Bool
        var availableAt: String?
    }

    private let agents: [Agent]

    init(agents: [Sourced<Agent>]) { self.agents = agents.map(\.item) }

    func route(intent: String?, priority: HandoffTicket.Priority, minuteOfDay: Int, load: [ItemID: Int]) -> Route {
        guard !agents.isEmpty else { return Route(agent: nil, online: false, availableAt: nil) }
        let online = agents.filter { $0.hours?.contains(minuteOfDay: minuteOfDay) ?? true }
        let skilled = { (agent: Agent) in intent.map { agent.skills.contains($0) } ?? false }
        let preferences: [(Agent) -> Bool] =
            priority == .high
            ? [{ $0.role == .supervisor }, skilled, { $0.role == .agent }, { _ in true }]
            // Supervisors keep their hands free for escalations: a skilled agent before a skilled supervisor.
            : [{ skilled($0) && $0.role == .agent }, skilled, { $0.role == .agent }, { _ in true }]
        for preference in preferences {
            let pool = online.filter(preference)
            if let chosen = pool.min(by: { (load[$0.id] ?? 0, $0.id) < (load[$1.id] ?? 0, $1.id) }) {
                return Route(agent: chosen, online: true, availableAt: nil)
            }
        }
        // Nobody on duty: the first to start, preferring skill.
        let starts = agents.compactMap { agent -> (wait: Int, start: Int, agent: Agent)? in
            guard let hours = agent.hours else { return nil }
            let start = hours.ranges.map(\.start).min { Self.wait(minuteOfDay, $0) < Self.wait(minuteOfDay, $1) }
            return start.map { (Self.wait(minuteOfDay, $0) - (skilled(agent) ? 1 : 0), $0, agent) }
        }
        guard let first = starts.min(by: { ($0.wait, $0.agent.id) < ($1.wait, $1.agent.id) }) else {
            return Route(agent: nil, online: false, availableAt: nil)
        }
        return Route(agent: first.agent, online: false, availableAt: WorkingHours.clock(first.start % (24 * 60)))
    }

    private static func wait(_ now: Int, _ start: Int) -> Int { (start - now + 24 * 60) % (24 * 60) }
}
