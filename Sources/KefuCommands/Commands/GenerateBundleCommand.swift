import ArgumentParser
import Foundation
import KefuGenerator

/// `kefu generate-bundle DIR --items N [--seed S]`: a large bundle for benchmarks, the same for the
/// same seed on every machine. Hidden from help: it is a tool for measuring kefu, not for sellers.
struct GenerateBundleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate-bundle", abstract: "Write a generated bundle for benchmarks.", shouldDisplay: false)

    @Argument(help: "The folder to write the bundle into.")
    var target: String

    @Option(help: "How many items.")
    var items: Int = 1000

    @Option(help: "The seed; the same seed gives the same bundle.")
    var seed: UInt64 = 42

    func run() throws {
        let url = URL(filePath: target, directoryHint: .isDirectory)
        try BundleGenerator(items: items, seed: seed).write(to: url)
        print("Wrote \(items) items to \(url.path)")
    }
}
