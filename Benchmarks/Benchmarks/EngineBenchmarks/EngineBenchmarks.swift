import Benchmark
import Foundation
import KefuEngine

/// The answer budgets of the product README on a bundle of 10,000 rules and 10,000 FAQs: one message
/// with the trace on p50 ≤ 100 µs and p99 ≤ 1 ms; ≥ 20,000 messages a second on one core with the
/// trace off. Each iteration answers one message in a new session; percentiles come from the tool.
let benchmarks: @Sendable () -> Void = {
    let items = Int(ProcessInfo.processInfo.environment["KEFU_BENCH_ITEMS"] ?? "") ?? 23_500
    answering("answer, trace on", trace: true, metrics: [.wallClock, .mallocCountTotal], items: items)
    answering("answer, trace off", trace: false, metrics: [.wallClock, .throughput], items: items)
}

/// One answering benchmark: a message in turn from the prepared shop, each in a new session.
private func answering(_ name: String, trace: Bool, metrics: [BenchmarkMetric], items: Int) {
    let context = AnswerContext(trace: trace)
    Benchmark(
        name,
        configuration: .init(
            metrics: metrics, timeUnits: .microseconds, maxDuration: .seconds(20), maxIterations: 20_000),
        closure: { benchmark in
            guard let shop = EngineBenchmarkShop.prepared else { return }
            for _ in benchmark.scaledIterations {
                var session = SessionState(id: "bench")
                blackHole(shop.engine.answer(IncomingMessage(shop.nextMessage()), in: &session, context: context))
            }
        },
        setup: { try EngineBenchmarkShop.prepare(items: items) })
}
