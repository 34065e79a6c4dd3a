import Foundation
import KefuBundle
import KefuFuzzing
import KefuTestSupport
import Testing

/// Every input a fuzzer ever crashed on and the hostile inputs written by hand (`Inputs/TARGET/`), and
/// the seeds built from the sample shops, go through the harnesses' own code on every `make test`, so
/// a fixed crash stays fixed. Each kept input's outcome is written down in `Inputs/TARGET/expected.tsv`
/// (name, verdict, summary): a crash, a broken promise or a different outcome fails.
@Suite struct FuzzRegressionTests {
    static let inputs = URL(filePath: #filePath).deletingLastPathComponent().appending(path: "Inputs")
    static let samples = URL(filePath: #filePath).deletingLastPathComponent().appending(path: "../../Samples")
        .standardizedFileURL

    /// The kept inputs of `target` by name, and the outcome written down for each.
    static func kept(of target: FuzzTarget) throws -> (inputs: [String: URL], expected: [String: String]) {
        let folder = inputs.appending(path: target.rawValue)
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { !$0.hasPrefix(".") && $0 != "expected.tsv" }
        let lines = try String(contentsOf: folder.appending(path: "expected.tsv"), encoding: .utf8)
            .split(separator: "\n").filter { !$0.hasPrefix("#") }
        var expected: [String: String] = [:]
        for line in lines {
            let parts = line.split(separator: "\t", maxSplits: 1).map(String.init)
            try #require(parts.count == 2, "expected.tsv of \(target.rawValue): \(line)")
            expected[parts[0]] = parts[1]
        }
        return (Dictionary(uniqueKeysWithValues: names.map { ($0, folder.appending(path: $0)) }), expected)
    }

    @Test(arguments: FuzzTarget.allCases)
    func keptInputsKeepTheirOutcomes(_ target: FuzzTarget) throws {
        let (inputs, expected) = try Self.kept(of: target)
        #expect(inputs.count >= 5, "every harness has hostile inputs kept")
        #expect(Set(inputs.keys) == Set(expected.keys), "every kept input has its outcome written down")
        for (name, url) in inputs.sorted(by: { $0.key < $1.key }) {
            let outcome = target.run(try Data(contentsOf: url))
            #expect(outcome.brokenPromises.isEmpty, "\(name): \(outcome.brokenPromises)")
            #expect(outcome.description == expected[name], "\(name)")
        }
    }

    /// The kept inputs of every harness but the buyer text's (which refuses nothing) include some it takes
    /// and some it refuses, so both sides are seen to work.
    @Test func theVerdictsCoverBothSides() throws {
        for target in [FuzzTarget.bundleLoader, .archiveReader, .templateParser, .remoteManifest] {
            let verdicts = Set(try Self.kept(of: target).expected.values.compactMap { $0.split(separator: "\t").first })
            #expect(
                verdicts == ["accepted", "refused"], "\(target.rawValue) keeps inputs it takes and inputs it refuses")
        }
    }

    /// The bundle-loader seeds load (so the fuzzer starts from valid bundles), and through the harness.
    @Test func sampleShopsAreValidBundleLoaderInputs() throws {
        let shops = try FileManager.default.contentsOfDirectory(atPath: Self.samples.path).filter { !$0.contains(".") }
        #expect(shops.count >= 4)
        for shop in shops {
            let root = Self.samples.appending(path: shop)
            var files: [String: Data] = [:]
            let enumerator = try #require(FileManager.default.enumerator(atPath: root.path), "\(shop) is readable")
            for case let path as String in enumerator.allObjects {
                var isFolder: ObjCBool = false
                guard FileManager.default.fileExists(atPath: root.appending(path: path).path, isDirectory: &isFolder),
                    !isFolder.boolValue
                else { continue }
                files[path] = try Data(contentsOf: root.appending(path: path))
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
            let outcome = FuzzTarget.bundleLoader.run(input)
            #expect(outcome == FuzzOutcome(verdict: .accepted, summary: "\(bundle.items.count) items"), "\(shop)")
        }
    }
}
