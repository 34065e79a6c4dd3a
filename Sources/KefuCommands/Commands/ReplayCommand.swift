import ArgumentParser
import Foundation
import KefuApp
import KefuBundle
import KefuCore
import KefuEngine
import KefuQuality

/// `kefu replay LOG [--bundle DIR] [--compare DIR | --compare-changeset N] [--json]`: a real chat log run
/// through the store's bundle (or another folder), reporting what the assistant would have done; with a
/// comparison, the messages whose decision or source would change. A replay of the store's own bundle
/// is kept in the conversation log, which `kefu report` reads.
struct ReplayCommand: KefuSubcommand {
    static let configuration = CommandConfiguration(commandName: "replay", abstract: Messages.text(.helpReplay))

    @Argument(help: ArgumentHelp(Messages.text(.argReplayLog), valueName: "LOG"))
    var log: String

    @Option(help: ArgumentHelp(Messages.text(.optReplayBundle), valueName: "DIR"))
    var bundle: String?

    @Option(help: ArgumentHelp(Messages.text(.optReplayCompare), valueName: "DIR"))
    var compare: String?

    @Option(
        name: .customLong("compare-changeset"),
        help: ArgumentHelp(Messages.text(.optReplayCompareChangeset), valueName: "N"))
    var compareChangeset: Int64?

    @Flag(help: ArgumentHelp(Messages.text(.optReplayStrict)))
    var strict = false

    @OptionGroup var global: GlobalOptions
    @ParentCommand var kefu: KefuCommand

    func validate() throws {
        if compare != nil && compareChangeset != nil {
            throw ValidationError(Messages.text(.replayOneComparison))
        }
    }

    func run(in context: CommandContext) throws {
        // With --bundle and --compare DIR no store is involved, so the command runs from any folder.
        let findWorkspace = { try context.workspace() }
        // Times without an offset are the shop's: the time zone of the bundle the log is replayed through.
        let shop =
            try bundle.map { try Workspace.find(from: URL(filePath: $0, relativeTo: context.directory)) }
            ?? findWorkspace()
        let (entries, skipped) = try ChatLogReader(timeZone: shop.timeZone()).read(
            try context.readInput(log), path: log, skippingBadLines: !strict)
        if !skipped.isEmpty {
            for problem in skipped {
                context.console.error(context.render(Diagnostic(.warning, problem.message, at: problem.location)))
            }
            context.console.error(context.text(Message(.replaySkippedLines, skipped.count, log)))
        }
        let before: [LoggedMessage]
        if let bundle {
            before = try Self.replay(entries, folder: URL(filePath: bundle, relativeTo: context.directory))
        } else {
            before = try findWorkspace().replayIntoLog(entries)
        }
        if let compare {
            let after = try Self.replay(entries, folder: URL(filePath: compare, relativeTo: context.directory))
            print(ReplayComparison(before: before, after: after), against: compare, in: context)
        } else if let compareChangeset {
            let workspace = try findWorkspace()
            let store = try workspace.openExistingStore()
            guard try store.changeset(compareChangeset) != nil else {
                throw AppFailure(.usage, Message(.replayNoChangeset, Int(compareChangeset)))
            }
            let assistant = try workspace.assistant(
                for: try store.contentRecords(asOf: compareChangeset), keepingIndex: true)
            print(
                ReplayComparison(before: before, after: try assistant.replay(entries)),
                against: "changeset \(compareChangeset)", in: context)
        } else {
            print(ReplayCoverage(before), log: log, in: context)
        }
    }

    /// `entries` replayed through the bundle folder `folder` as its files are, with its shop data.
    static func replay(_ entries: [ChatLogEntry], folder: URL) throws -> [LoggedMessage] {
        let workspace = try Workspace.find(from: folder)
        return try workspace.assistant(for: BundleLoader().loadBundle(at: workspace.root).contentRecords())
            .replay(entries)
    }

    private func print(_ coverage: ReplayCoverage, log: String, in context: CommandContext) {
        if context.json {
            context.printJSON(coverage)
            return
        }
        let console = context.console
        console.out(context.text(Message(.replaySummary, coverage.messages, coverage.sessions, log)))
        for decision in Decision.allCases {
            let count = coverage.decisions[decision.rawValue] ?? 0
            console.out(
                "  "
                    + context.text(
                        Message(.replayDecisionLine, decision.rawValue, count, Self.percent(count, coverage.messages))))
        }
        console.out(context.text(Message(.replayByIntent)))
        for (intent, decisions) in coverage.intents.sorted(by: { $0.key < $1.key }) {
            let parts = Decision.allCases.compactMap { decision in
                decisions[decision.rawValue].map { "\(decision.rawValue) \($0)" }
            }
            console.out("  \(intent): " + parts.joined(separator: ", "))
        }
        console.out(context.text(Message(.replayByItem)))
        for (source, count) in coverage.items.sorted(by: { ($1.value, $0.key) < ($0.value, $1.key) }).prefix(20) {
            console.out("  \(source) \(count)")
        }
    }

    private func print(_ comparison: ReplayComparison, against name: String, in context: CommandContext) {
        if context.json {
            context.printJSON(comparison)
            return
        }
        let console = context.console
        guard comparison.changed > 0 else {
            console.out(context.text(Message(.replayCompareNone, comparison.messages, name)))
            return
        }
        console.out(context.text(Message(.replayCompareSummary, comparison.changed, comparison.messages, name)))
        for change in comparison.changes {
            console.out("  \(change.before) → \(change.after) (\(change.count))")
            for example in change.examples {
                console.out("    \(example.session): “\(example.text)”")
                if let reply = example.beforeReply { console.out("      - \(reply)") }
                if let reply = example.afterReply { console.out("      + \(reply)") }
            }
        }
    }

    static func percent(_ part: Int, _ whole: Int) -> String {
        whole == 0 ? "0%" : String(format: "%.1f%%", Double(part) / Double(whole) * 100)
    }
}
