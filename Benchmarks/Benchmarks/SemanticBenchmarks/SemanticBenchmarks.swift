import Benchmark
import Foundation
import KefuEngine
import KefuWorkloads

/// The sentence model's budgets (Documentation/Performance.md): an FAQ answer of an unseen text p50 ≤
/// 30 ms, of a repeated text p50 ≤ 200 µs, a keyword rule's answer unchanged (p50 ≤ 100 µs); and the
/// first compile of the largest sample shop and of a generated bundle of about 1,000 FAQs, and a
/// compile after a one-FAQ edit, which embeds only that FAQ's texts. Needs the model (`make bench`
/// installs it).
let benchmarks: @Sendable () -> Void = {
    let generatedItems = Int(ProcessInfo.processInfo.environment["KEFU_BENCH_MODEL_ITEMS"] ?? "") ?? 2_300
    nonisolated(unsafe) var sample: SemanticWorkload?
    nonisolated(unsafe) var generated: SemanticWorkload?
    nonisolated(unsafe) var position = 0

    /// The sample shop whose FAQs have the most questions to embed.
    func largestSample() throws -> String {
        let names = try FileManager.default.contentsOfDirectory(atPath: SemanticWorkload.samples.path)
            .filter { !$0.hasSuffix(".md") }
        let sizes = try names.map { name in
            (name, try SemanticWorkload.sample(name).embeddedTexts)
        }
        return sizes.max { $0.1 < $1.1 }?.0 ?? "taobao-apparel"
    }
    nonisolated(unsafe) var largest: String?
    func prepareSample() throws {
        if largest == nil { largest = try largestSample() }
        if sample == nil, let largest {
            let made = try SemanticWorkload.sample(largest)
            FileHandle.standardError.write(
                Data("\(largest): \(made.embeddedTexts) texts embedded in \(made.compileTime)\n".utf8))
            sample = made
        }
    }

    Benchmark(
        "compile the largest sample shop, nothing kept",
        configuration: .init(
            metrics: [.wallClock, .peakMemoryResident], timeUnits: .milliseconds, maxDuration: .seconds(30),
            maxIterations: 10),
        closure: { benchmark in
            for _ in benchmark.scaledIterations { blackHole(try SemanticWorkload.sample(largest ?? "")) }
        },
        setup: { try prepareSample() })

    Benchmark(
        "compile about 1,000 FAQs, nothing kept",
        configuration: .init(
            metrics: [.wallClock, .peakMemoryResident], timeUnits: .seconds, maxDuration: .seconds(60),
            maxIterations: 2),
        closure: { benchmark in
            for _ in benchmark.scaledIterations {
                let made = try SemanticWorkload.generated(items: generatedItems)
                FileHandle.standardError.write(
                    Data("\(made.content.faqs.count) FAQs: \(made.embeddedTexts) texts embedded\n".utf8))
                generated = made
            }
        })

    Benchmark(
        "compile about 1,000 FAQs after a one-FAQ edit",
        configuration: .init(
            metrics: [.wallClock], timeUnits: .milliseconds, maxDuration: .seconds(30), maxIterations: 20),
        closure: { benchmark in
            guard let generated else { return }
            for _ in benchmark.scaledIterations {
                position += 1
                let edit = generated.recompileAfterEditingOneFAQ(position)
                precondition(edit.embeddedTexts == 1, "an edit embedded \(edit.embeddedTexts) texts")
                blackHole(edit.engine)
            }
        },
        setup: { if generated == nil { generated = try SemanticWorkload.generated(items: generatedItems) } })

    func answering(_ name: String, _ answer: @escaping @Sendable (SemanticWorkload) -> EngineReply) {
        Benchmark(
            name,
            configuration: .init(
                metrics: [.wallClock], timeUnits: .microseconds, maxDuration: .seconds(10), maxIterations: 2_000),
            closure: { benchmark in
                guard let sample else { return }
                for _ in benchmark.scaledIterations { blackHole(answer(sample)) }
            },
            setup: { try prepareSample() })
    }
    answering("answer with the model, unseen text") { workload in
        position += 1
        return workload.answerUnseen(position)
    }
    answering("answer with the model, repeated text") { $0.answerRepeated() }
    answering("answer with the model, keyword rule") { $0.answerRule() }
}
