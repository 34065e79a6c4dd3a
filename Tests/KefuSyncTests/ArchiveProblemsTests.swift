import Foundation
import KefuBundle
import KefuCore
import KefuTestSupport
import Testing

@testable import KefuSync

/// An archive's items are loaded without field positions; a problem is still shown on its field's line,
/// since it is placed while the file is read.
@Suite struct ArchiveProblemsTests {
    @Test func aProblemInsideAnItemIsPlacedOnItsField() throws {
        var files = BundleFixtures.complete.mapValues { Data($0.utf8) }
        let faq = BundleFixtures.faq.replacingOccurrences(
            of: "intent: logistics\n  tags", with: "intent: [not, text]\n  tags")
        #expect(faq != BundleFixtures.faq)
        files["faq/logistics.yaml"] = Data(faq.utf8)
        let manifest = ArchiveManifest(
            format: 1, bundleID: UUID().uuidString.lowercased(), shop: "test", version: 1, exportedAt: Date(),
            exportedBy: "小王", files: [:])
        let contents = BundleArchive.Contents(manifest: manifest, bundleFiles: files, dataFiles: [:], authors: nil)
        let answerLine =
            try #require(
                faq.split(separator: "\n", omittingEmptySubsequences: false).firstIndex {
                    $0.contains("intent: [not, text]")
                }) + 1
        let error = try #require(throws: DiagnosticsError.self) { try contents.bundle() }
        let problem = try #require(error.diagnostics.first { $0.severity == .error })
        #expect(problem.location?.file == "faq/logistics.yaml")
        // The `intent:` line, not the line where the item starts.
        #expect(problem.location?.line == answerLine)
    }
}
