import Foundation
import KefuBundle
import KefuCore
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
        #expect(
            Self.folders(in: "Bundles")
                == ["1688", "aliexpress", "douyin", "generic", "taobao", "tmall"].map { "Bundles/\($0)" })
        #expect(
            Self.folders(in: "Samples") == [
                "Samples/1688-wholesale", "Samples/aliexpress-electronics", "Samples/douyin-snacks",
                "Samples/taobao-apparel",
            ])
    }

    /// A sample is a whole shop: 40 FAQs with 3 similar questions each, 20 rules, agents, shop data,
    /// 15 tests, and a chat log of 200 buyer messages with the columns replay reads.
    @Test(arguments: folders(in: "Samples"))
    func aSampleIsAWholeShop(_ path: String) throws {
        let root = Self.repository.appending(path: path)
        let bundle = try BundleLoader().loadBundle(at: root)
        let faqs = try bundle.items(of: .faq).map { try $0.decode(as: FAQ.self) }
        #expect(faqs.count >= 40, "\(path)")
        #expect(faqs.filter { $0.similar.count < 3 }.map(\.id).isEmpty, "\(path)")
        #expect(bundle.items(of: .rule).count >= 20, "\(path)")
        #expect(bundle.items(of: .agent).count >= 2, "\(path)")
        #expect(bundle.items(of: .test).count >= 15, "\(path)")
        for table in ["products.csv", "orders.csv", "buyers.csv"] {
            #expect(FileManager.default.fileExists(atPath: root.appending(path: "data/\(table)").path), "\(path)")
        }
        let logs = try FileManager.default.contentsOfDirectory(atPath: root.appending(path: "logs").path)
            .filter { $0.hasSuffix(".jsonl") }
        let lines = try logs.flatMap { name in
            try String(contentsOf: root.appending(path: "logs/\(name)"), encoding: .utf8).split(separator: "\n")
        }
        #expect(lines.count >= 200, "\(path)")
        let time = ISO8601DateFormatter()
        for line in lines {
            let message = try #require(
                JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any], "\(path): \(line)")
            #expect((message["time"] as? String).flatMap(time.date(from:)) != nil, "\(path): \(line)")
            #expect(message["session"] is String && message["buyer"] is String && message["text"] is String)
        }
    }

    /// Every item file of a preset points editors at its schema, as `kefu init` promises.
    @Test(arguments: folders(in: "Bundles"))
    func presetFilesCarryTheirSchemaLine(_ path: String) throws {
        let root = Self.repository.appending(path: path)
        for file in try BundleFolder.list(root).files where file != "bundle.yaml" {
            let text = try String(contentsOf: root.appending(path: file), encoding: .utf8)
            #expect(text.hasPrefix("# yaml-language-server: $schema="), "\(path)/\(file)")
        }
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
        // Tests that pass by not running: a preset has its starters, a sample at least 15.
        let passed = test.standardOutput.split(separator: "\n").last.flatMap { Int($0.prefix { $0.isNumber }) } ?? 0
        #expect(passed >= (path.hasPrefix("Samples/") ? 15 : 3), "\(path): \(test.standardOutput)")
        #expect(test.standardOutput.hasSuffix(" passed, 0 failed\n"), "\(path)")
    }
}
