import Foundation
import KefuBundle
import KefuFuzzing
import KefuTestSupport
import Testing

/// Every input a fuzzer ever crashed on (`Crashers/TARGET/`) and the seeds built from the sample shops
/// go through the harnesses' own code on every `make test`, so a fixed crash stays fixed.
@Suite struct FuzzRegressionTests {
    static let crashers = URL(filePath: #filePath).deletingLastPathComponent().appending(path: "Crashers")
    static let samples = URL(filePath: #filePath).deletingLastPathComponent().appending(path: "../../Samples")
        .standardizedFileURL

    /// The kept crashers of `target`.
    static func crashers(of target: FuzzTarget) -> [URL] {
        let folder = crashers.appending(path: target.rawValue)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.sorted().filter { !$0.hasPrefix(".") }.map { folder.appending(path: $0) }
    }

    @Test(arguments: FuzzTarget.allCases)
    func keptCrashersRunCleanly(_ target: FuzzTarget) throws {
        for url in Self.crashers(of: target) { target.run(try Data(contentsOf: url)) }
    }

    /// The bundle-loader seeds load (so the fuzzer starts from valid bundles), and through the harness.
    @Test func sampleShopsAreValidBundleLoaderInputs() throws {
        let shops = try FileManager.default.contentsOfDirectory(atPath: Self.samples.path).filter { !$0.contains(".") }
        #expect(shops.count >= 4)
        for shop in shops {
            let root = Self.samples.appending(path: shop)
            var files: [String: Data] = [:]
            for case let path as String in FileManager.default.enumerator(atPath: root.path)?.allObjects ?? [] {
                files[path] = try? Data(contentsOf: root.appending(path: path))
            }
            var joined: [String: Data] = [:]
            for path in FuzzBundleInput.paths {
                let folder = path.split(separator: "/").first.map(String.init) ?? path
                let parts = files.keys.sorted().filter {
                    path.contains("/") ? $0.hasPrefix(folder + "/") && $0.hasSuffix(".yaml") : $0 == path
                }
                joined[path] = Data(parts.compactMap { files[$0] }.joined())
            }
            let input = FuzzBundleInput.input(from: joined)
            #expect(FuzzBundleInput.files(from: input) == joined)
            let bundle = try BundleLoader().loadBundle(files: FuzzBundleInput.files(from: input))
            #expect(bundle.items.count > 20, "\(shop)")
            FuzzTarget.bundleLoader.run(input)
        }
    }

    /// Hostile buyer text of every sort the issue names goes through the text harness's checks.
    @Test func hostileBuyerTextKeepsTheHarnessPromises() {
        let inputs: [Data] = [
            Data([0xFF, 0xFE, 0xC3, 0x28, 0xE2, 0x82]), Data("退货\u{202E}gnp.exe\u{0000}\u{0007}".utf8),
            Data("👨‍👩‍👧‍👦🏳️‍🌈\u{200D}\u{200D}".utf8), Data(String(repeating: "？", count: 10_000).utf8),
            Data(String(repeating: "我的手机13812345678地址北京市朝阳区建国路88号", count: 200).utf8),
        ]
        for input in inputs { FuzzTarget.buyerText.run(input) }
    }
}
