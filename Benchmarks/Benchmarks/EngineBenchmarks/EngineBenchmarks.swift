import Benchmark
import Foundation
import KefuEngine

/// The answer budgets of the product README on a bundle of 10,000 rules and 10,000 FAQs: one message
/// with the trace on p50 ≤ 100 µs and p99 ≤ 1 ms; ≥ 20,000 messages a second on one core with the
/// trace off. Each iteration answers one message in a new session; percentiles come from the tool.
let benchmarks: @Sendable () -> Void = {
    let items = Int(ProcessInfo.processInfo.environment["KEFU_BENCH_ITEMS"] ?? "") ?? 23_500
    let context = AnswerContext(trace: true)
    var quiet = context
    quiet.trace = false

    Benchmark(
        "answer, trace on",
        configuration: .init(
            metrics: [.wallClock, .mallocCountTotal], timeUnits: .microseconds, maxDuration: .seconds(20),
            maxIterations: 20_000),
        closure: { benchmark in
            guard let shop = EngineBenchmarkShop.prepared else { return }
            for _ in benchmark.scaledIterations {
                var session = SessionState(id: "bench")
                let message = IncomingMessage(shop.nextMessage())
                blackHole(shop.engine.answer(message, in: &session, context: context))
            }
        },
        setup: { try EngineBenchmarkShop.prepare(items: items) })

    Benchmark(
        "answer, trace off",
        configuration: .init(
            metrics: [.wallClock, .throughput], timeUnits: .microseconds, maxDuration: .seconds(20),
            maxIterations: 20_000),
        closure: { benchmark in
            guard let shop = EngineBenchmarkShop.prepared else { return }
            for _ in benchmark.scaledIterations {
                var session = SessionState(id: "bench")
                let message = IncomingMessage(shop.nextMessage())
                blackHole(shop.engine.answer(message, in: &session, context: quiet))
            }
        },
        setup: { try EngineBenchmarkShop.prepare(items: items) })
}
