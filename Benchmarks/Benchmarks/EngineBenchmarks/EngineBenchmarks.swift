import Benchmark
import Foundation
import KefuEngine
import KefuWorkloads

/// The answer budgets of the product README on a bundle of 10,000 rules and 10,000 FAQs (23,500
/// generated items; `KEFU_BENCH_ITEMS` sets another size): one message with the trace on p50 ≤ 100 µs
/// and p99 ≤ 1 ms; ≥ 20,000 messages a second on one core with the trace off; `kefu ask` as a fresh
/// process ≤ 150 ms, and ≤ 2 s for the first after a change; peak memory ≤ 300 MB. Each answer is a
/// buyer's first message in a new session.
let benchmarks: @Sendable () -> Void = {
    let items = Int(ProcessInfo.processInfo.environment["KEFU_BENCH_ITEMS"] ?? "") ?? 23_500
    nonisolated(unsafe) var workload: EngineWorkload?
    nonisolated(unsafe) var position = 0
    func answering(_ name: String, trace: Bool, metrics: [BenchmarkMetric]) {
        Benchmark(
            name,
            configuration: .init(
                metrics: metrics, timeUnits: .microseconds, maxDuration: .seconds(20), maxIterations: 20_000),
            closure: { benchmark in
                guard let workload else { return }
                for _ in benchmark.scaledIterations {
                    position += 1
                    blackHole(workload.answer(position, trace: trace))
                }
            },
            setup: {
                if workload == nil {
                    let made = try EngineWorkload(items: items)
                    FileHandle.standardError.write(Data("engine compiled in \(made.compileTime)\n".utf8))
                    workload = made
                }
            })
    }
    answering("answer, trace on", trace: true, metrics: [.wallClock, .mallocCountTotal, .peakMemoryResident])
    answering("answer, trace off", trace: false, metrics: [.wallClock, .throughput, .peakMemoryResident])

    // Hostile text is answered in bounded time: these stay near an ordinary answer, whatever the size.
    for (index, hostile) in EngineWorkload.hostileMessages.enumerated() {
        Benchmark(
            "hostile: \(hostile.name)",
            configuration: .init(
                metrics: [.wallClock, .peakMemoryResident], timeUnits: .microseconds, maxDuration: .seconds(5),
                maxIterations: 2_000),
            closure: { benchmark in
                guard let workload else { return }
                for _ in benchmark.scaledIterations { blackHole(workload.answerHostile(index, trace: true)) }
            },
            setup: {
                if workload == nil { workload = try EngineWorkload(items: items) }
            })
    }

    nonisolated(unsafe) var ask: AskProcessWorkload?
    Benchmark(
        "kefu ask, fresh process",
        configuration: .init(
            metrics: [.wallClock], timeUnits: .milliseconds, maxDuration: .seconds(20), maxIterations: 50),
        closure: { benchmark in
            guard let ask else { return }
            for _ in benchmark.scaledIterations { blackHole(try ask.ask()) }
        },
        // Lexical, as the budget is: with the sentence model, a fresh process also maps the model and the
        // bundle's embeddings (Documentation/Performance.md gives both).
        setup: {
            ask = try AskProcessWorkload(
                items: items, binary: AskProcessWorkload.defaultBinary,
                environment: ["KEFU_MODEL_DIR": "/nonexistent/kefu-model"])
        },
        teardown: { ask?.shop.remove() })

    // The first answer after a change compiles the engine (lexical: embedding new texts is the sentence
    // model's budget): ≤ 2 s at 20,000 items.
    nonisolated(unsafe) var firstAsk: AskProcessWorkload?
    Benchmark(
        "kefu ask, first after a change",
        configuration: .init(
            metrics: [.wallClock], timeUnits: .milliseconds, maxDuration: .seconds(60), maxIterations: 15),
        closure: { benchmark in
            guard let firstAsk else { return }
            for _ in benchmark.scaledIterations { blackHole(try firstAsk.askAfterAChange()) }
        },
        setup: {
            firstAsk = try AskProcessWorkload(
                items: items, binary: AskProcessWorkload.defaultBinary,
                environment: ["KEFU_MODEL_DIR": "/nonexistent/kefu-model"])
        },
        teardown: { firstAsk?.shop.remove() })
}
