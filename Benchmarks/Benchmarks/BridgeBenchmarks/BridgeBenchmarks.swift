import Benchmark
import Foundation
import KefuWorkloads

/// `kefu serve --http` (the release binary) on a generated bundle (`KEFU_BENCH_ITEMS`, 23,500 items by
/// default), loopback, no token, no trace, lexical (the sentence model off, as the answering budgets
/// are: with it, a new generated bundle first embeds its 50,000 questions): rounds of 1, 8 and 64
/// messages sent at once, each a new buyer's first message (the session looked up, answered, kept; the
/// message logged). Reported per message: its latency (request to reply) and the messages a second the
/// round achieved. And `kefu serve --stdio`, in batches of request lines.
/// Records `messages` answered since `start` as the benchmark's messages a second.
func record(_ messages: Int, since start: ContinuousClock.Instant, in benchmark: Benchmark) {
    let elapsed = ContinuousClock.now - start
    let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    benchmark.measurement(
        .custom("messages per second", polarity: .prefersLarger, useScalingFactor: false),
        Int(Double(messages) / seconds))
}

let benchmarks: @Sendable () -> Void = {
    let items = Int(ProcessInfo.processInfo.environment["KEFU_BENCH_ITEMS"] ?? "") ?? 23_500
    nonisolated(unsafe) var bridge: HTTPBridgeWorkload?
    for concurrency in [1, 8, 64] {
        Benchmark(
            "serve --http, \(concurrency) at once",
            configuration: .init(
                metrics: [
                    .custom("message latency (µs)"),
                    .custom("messages per second", polarity: .prefersLarger, useScalingFactor: false),
                ],
                timeUnits: .microseconds, maxDuration: .seconds(20), maxIterations: max(50, 3_000 / concurrency)),
            closure: { benchmark in
                guard let bridge else { return }
                for _ in benchmark.scaledIterations {
                    let start = ContinuousClock.now
                    guard let round = try? await bridge.round(concurrency: concurrency) else { continue }
                    record(concurrency, since: start, in: benchmark)
                    for micros in round.micros { benchmark.measurement(.custom("message latency (µs)"), Int(micros)) }
                }
            },
            setup: {
                if bridge == nil {
                    bridge = try HTTPBridgeWorkload(
                        items: items, binary: AskProcessWorkload.defaultBinary,
                        environment: ["KEFU_MODEL_DIR": "/nonexistent/kefu-model"])
                }
            },
            teardown: {
                bridge?.stop()
                bridge = nil
            })
    }

    // `serve --stdio --no-trace` on the answering benchmark's message mix, 1,000 request lines a batch,
    // written while the replies are read. Budget: at least 10,000 messages a second.
    nonisolated(unsafe) var stdio: StdioServeWorkload?
    let batch = 1_000
    Benchmark(
        "serve --stdio, batches of \(batch)",
        configuration: .init(
            metrics: [.custom("messages per second", polarity: .prefersLarger, useScalingFactor: false)],
            maxDuration: .seconds(20), maxIterations: 40),
        closure: { benchmark in
            guard let stdio else { return }
            for _ in benchmark.scaledIterations {
                let start = ContinuousClock.now
                guard (try? stdio.batch(count: batch)) != nil else { continue }
                record(batch, since: start, in: benchmark)
            }
        },
        setup: {
            if stdio == nil {
                stdio = try StdioServeWorkload(
                    items: items, binary: AskProcessWorkload.defaultBinary,
                    environment: ["KEFU_MODEL_DIR": "/nonexistent/kefu-model"])
            }
        },
        teardown: {
            stdio?.stop()
            stdio = nil
        })
}
