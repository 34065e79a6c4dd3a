import Prometheus

/// What `GET /metrics` shows, in the Prometheus text format: messages by decision, the time to answer
/// one (engine, session and log together), and the tickets not yet closed.
final class BridgeMetrics: Sendable {
    private let registry = PrometheusCollectorRegistry()
    private let latency: DurationHistogram
    private let openTickets: Gauge

    init() {
        latency = registry.makeDurationHistogram(
            name: "kefu_answer_duration_seconds",
            buckets: [
                .milliseconds(1), .milliseconds(2), .milliseconds(5), .milliseconds(10), .milliseconds(25),
                .milliseconds(50), .milliseconds(100), .milliseconds(250), .milliseconds(500), .seconds(1),
                .seconds(5),
            ],
            help: "Time to answer one buyer message over HTTP, from request to response")
        openTickets = registry.makeGauge(name: "kefu_open_tickets", help: "Handoff tickets open or claimed")
    }

    func answered(decision: String, in duration: Duration) {
        // The registry hands back the same counter for the same name and labels.
        registry.makeCounter(
            name: "kefu_messages_total", labels: [("decision", decision)], help: "Buyer messages answered, by decision"
        ).increment()
        latency.record(duration)
    }

    /// The text format, with the open tickets as the store counts them now.
    func exposition(openTickets count: Int) -> String {
        openTickets.set(Double(count))
        return registry.emitToString()
    }
}
