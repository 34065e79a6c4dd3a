import ArgumentParser
import Foundation
import KefuApp
import KefuCore
import KefuGenerator

/// `kefu generate-bundle DIR --items N [--seed S]`: a large bundle for benchmarks, the same for the
/// same seed on every machine. Hidden from help: it is a tool for measuring kefu, not for sellers.
struct GenerateBundleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate-bundle", abstract: Messages.text(.helpGenerate), shouldDisplay: false)

    @Argument(help: ArgumentHelp(Messages.text(.argGenTarget)))
    var target: String

    @Option(help: ArgumentHelp(Messages.text(.optGenItems)))
    var items: Int = 1000

    @Option(help: ArgumentHelp(Messages.text(.optGenSeed)))
    var seed: UInt64 = 42

    func run() throws {
        let url = URL(filePath: target, directoryHint: .isDirectory)
        try BundleGenerator(items: items, seed: seed).write(to: url)
        print(Messages.text(Message(.generatedItems, "\(items)", url.path)))
    }
}
