import ArgumentParser
import Foundation
import KefuApp
import KefuBundle
import KefuCore
import KefuEngine
import KefuQuality

/// `kefu test [--junit FILE] [--json] [PATTERN]`: the conversation tests of the bundle folder, as the
/// files are now (no sync needed, so it runs in CI on a fresh clone). Exit 1 on any failure.
struct TestCommand: KefuSubcommand {
    static let configuration = CommandConfiguration(commandName: "test", abstract: Messages.text(.helpTest))

    @Argument(help: ArgumentHelp(Messages.text(.argTestPattern), valueName: "PATTERN"))
    var pattern: String?

    @Option(help: ArgumentHelp(Messages.text(.optJUnit), valueName: "FILE"))
    var junit: String?

    @OptionGroup var clock: ClockOptions
    @OptionGroup var global: GlobalOptions
    @ParentCommand var kefu: KefuCommand

    func run(in context: CommandContext) throws {
        let workspace = try context.workspace()
        let timeZone = workspace.timeZone()
        let now = try clock.moment(in: timeZone)
        let records = try BundleLoader().loadBundle(at: workspace.root).contentRecords()
        let shop = try workspace.shopData()
        let suite = try EngineContent.checked {
            try ConversationSuite.run(
                records: records, engine: try workspace.engine(for: records), shop: shop, pattern: pattern, now: now,
                timeZone: timeZone)
        }
        if let junit {
            let url = URL(filePath: junit, relativeTo: context.directory)
            do {
                try AtomicFile.write(suite.junitXML(suiteName: workspace.root.lastPathComponent), to: url)
            } catch {
                throw AppFailure(.failure, Message(.writeFailed, url.path, "\(error)"))
            }
        }
        if context.json {
            context.printJSON(TestReportJSON(suite))
        } else {
            print(suite, in: context)
        }
        if suite.failed > 0 { throw ExitCode(ExitStatus.failure.rawValue) }
    }

    private func print(_ suite: ConversationSuite, in context: CommandContext) {
        let console = context.console
        if suite.results.isEmpty { console.error(context.text(Message(.testNone))) }
        for result in suite.results {
            let location = result.location.map { "  " + console.styled($0.description, .dim) } ?? ""
            guard !result.passed else {
                console.out(console.styled("✓", .green) + " \(result.id)")
                continue
            }
            console.out(console.styled("✗", .red) + " " + console.styled(result.id.rawValue, .bold) + location)
            for turn in result.turns where !turn.passed {
                console.out("  " + context.text(Message(.testTurn, turn.number, turn.buyer)))
                for mismatch in turn.mismatches {
                    let line = context.text(Message(.testMismatch, mismatch.field, mismatch.expected, mismatch.actual))
                    console.out("    " + console.styled(line, .red))
                }
                if let reply = turn.reply.reply { console.out("    " + console.styled("→ " + reply, .dim)) }
                console.out("    " + console.styled(turn.traceSummary, .dim))
            }
        }
        if !suite.uncovered.isEmpty {
            let list = context.namedList(suite.uncovered.map(\.label))
            console.out(console.styled(context.text(Message(.testUncovered, suite.uncovered.count, list)), .yellow))
        }
        let summary = context.text(Message(.testSummary, suite.passed, suite.failed))
        console.out(console.styled(summary, suite.failed > 0 ? .red : .green))
    }
}
