import Foundation
import KefuTestSupport
import Testing

/// What ships in the repository passes its own checks: every preset (`Bundles/`, with `--strict`) and
/// every sample shop (`Samples/`, no errors) passes `kefu check`, and their conversation tests pass.
@Suite struct ShippedBundleTests {
    static let repository = URL(filePath: #filePath).deletingLastPathComponent().appending(path: "../..")
        .standardizedFileURL

    static func folders(in name: String) -> [String] {
        let root = repository.appending(path: name)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? []
        return names.filter { FileManager.default.fileExists(atPath: root.appending(path: "\($0)/bundle.yaml").path) }
            .sorted().map { "\(name)/\($0)" }
    }

    static let shipped = folders(in: "Bundles") + folders(in: "Samples")

    @Test func everyPresetAndSampleIsThere() {
        #expect(Self.folders(in: "Bundles").count == 6)
        #expect(!Self.folders(in: "Samples").isEmpty)
    }

    @Test(arguments: shipped)
    func passesCheckAndItsTests(_ path: String) throws {
        let folder = try TemporaryFolder()
        let copy = folder.url.appending(path: "shop")
        try FileManager.default.copyItem(at: Self.repository.appending(path: path), to: copy)
        let strict = path.hasPrefix("Bundles/") ? ["--strict"] : []
        let check = try KefuBinary.run(["check"] + strict, in: copy)
        #expect(check.status == 0, "\(path): \(check.standardError)")
        #expect(!check.standardError.contains("error:"), "\(path): \(check.standardError)")
        let test = try KefuBinary.run(["test"], in: copy)
        #expect(test.status == 0, "\(path): \(test.standardOutput)")
        #expect(test.standardOutput.contains(" passed, 0 failed"), "\(path)")
    }
}
