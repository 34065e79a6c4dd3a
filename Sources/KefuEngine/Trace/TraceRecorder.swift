/// Collects the trace while a message goes through the pipeline; when off, it records nothing and the
/// facts are never built.
struct TraceRecorder {
    let enabled: Bool
    private(set) var steps: [TraceStep] = []
    private var stageStarted = ContinuousClock.now

    init(enabled: Bool) { self.enabled = enabled }

    /// Starts timing the next stage.
    mutating func begin() {
        if enabled { stageStarted = .now }
    }

    /// Records `stage` with the facts it found, timed since `begin()`.
    mutating func record(_ stage: TraceStage, _ facts: @autoclosure () -> [String: TraceValue]) {
        guard enabled else { return }
        let elapsed = ContinuousClock.now - stageStarted
        let micros = Double(elapsed.components.attoseconds) / 1e12 + Double(elapsed.components.seconds) * 1e6
        steps.append(TraceStep(stage: stage, micros: (micros * 10).rounded() / 10, facts: facts()))
        stageStarted = .now
    }
}
