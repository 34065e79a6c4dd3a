/// One lane per conversation: requests of the same session run one at a time, in the order they arrived,
/// while different sessions run in parallel. A buyer's second message must see the state the first one
/// left (its order number, its handoff), and two of a session's turns racing would lose one.
actor SessionLanes {
    /// Sessions with a request running, and the requests waiting behind it, first come first.
    private var waiting: [String: [CheckedContinuation<Void, Never>]] = [:]

    /// Runs `work` in `session`'s lane.
    func run<Value: Sendable>(_ session: String, _ work: @Sendable () async throws -> Value) async rethrows -> Value {
        await enter(session)
        defer { leave(session) }
        return try await work()
    }

    private func enter(_ session: String) async {
        guard waiting[session] != nil else {
            waiting[session] = []
            return
        }
        await withCheckedContinuation { waiting[session, default: []].append($0) }
    }

    private func leave(_ session: String) {
        guard var queue = waiting[session], !queue.isEmpty else {
            waiting[session] = nil
            return
        }
        let next = queue.removeFirst()
        waiting[session] = queue
        next.resume()  // The lane passes to the next request; the session stays busy.
    }
}
