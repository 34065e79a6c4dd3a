import Foundation
import KefuArchive
import KefuBundle
import KefuCore
import KefuEngine
import KefuSync

/// What each fuzz harness feeds its input to. `Fuzz/` builds one libFuzzer binary per case; the tests
/// feed every kept crasher and every seed through the same `run(_:)`, so a fixed crash stays fixed.
///
/// Errors thrown for bad input are the expected outcome. What a harness catches is a crash, a hang,
/// or a broken promise checked with `precondition` (one that holds for any input whatsoever).
public enum FuzzTarget: String, CaseIterable, Sendable {
    /// The bundle loader on a bundle in memory: bytes split into files (`FuzzBundleInput`).
    case bundleLoader = "bundle-loader"
    /// The normaliser, entity extraction, language detection and the personal-data masker on a buyer message.
    case buyerText = "buyer-text"
    /// The archive reader and the archive's manifest checks, then loading the bundle inside.
    case archiveReader = "archive-reader"
    /// A reply template as `check` and `sync` see it (the loader's Mustache limits, then the validator's
    /// parse), then rendered by the engine.
    case templateParser = "template-parser"
    /// A shared folder's `kefu-remote.json` as a pull reads it.
    case remoteManifest = "remote-manifest"

    /// Runs one input. Never throws: refusing the input is a pass; a broken promise is a bug, which the
    /// fuzz harness turns into a crash.
    public func run(_ data: Data) -> FuzzOutcome {
        switch self {
        case .bundleLoader: Self.loadBundle(data)
        case .buyerText: Self.analyseBuyerText(data)
        case .archiveReader: Self.readArchive(data)
        case .templateParser: Self.renderTemplate(data)
        case .remoteManifest: Self.readRemoteManifest(data)
        }
    }

    private static func loadBundle(_ data: Data) -> FuzzOutcome {
        let bundle: LoadedBundle
        do {
            bundle = try BundleLoader().loadBundle(files: FuzzBundleInput.files(from: data))
        } catch {
            return .refused(error)
        }
        // The store keeps items as canonical text and reads them back: whatever loads must survive that.
        var broken: [String] = []
        for item in bundle.items.values.sorted(by: { $0.key.description < $1.key.description }) {
            let canonical = CanonicalForm.text(of: item)
            let readBack = try? CanonicalForm.item(kind: item.key.kind, canonical: canonical)
            if readBack.map(CanonicalForm.hash(of:)) != CanonicalForm.hash(of: item) {
                broken.append("canonical round trip of \(item.key)")
            }
        }
        return FuzzOutcome(verdict: .accepted, summary: "\(bundle.items.count) items", brokenPromises: broken)
    }

    private static let normaliser = TextNormaliser()
    private static let extractor = EntityExtractor()
    private static let masker = PersonalDataMasker()

    private static func analyseBuyerText(_ data: Data) -> FuzzOutcome {
        // Invalid UTF-8 is what a broken client sends: it is repaired, never refused.
        let message = String(decoding: data, as: UTF8.self)
        let normalised = normaliser.normalise(message)
        var broken: [String] = []
        if !(0...1).contains(normalised.meaningfulShare) { broken.append("meaningful share out of range") }
        if normalised.text.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) {
            broken.append("a control character survived normalisation")
        }
        if normalised.truncated != (message.unicodeScalars.count > TextNormaliser.maximumScalars) {
            broken.append("truncation flag disagrees with the length")
        }
        let entities = extractor.entities(in: message)
        let language = LanguageDetector().language(of: normalised.text)
        let masked = masker.mask(message)
        if masker.mask(masked) != masked { broken.append("masking a masked message changed it again") }
        let summary = [
            "language \(language ?? "none")", "order \(entities.order ?? "none")",
            "masked \(masked == message ? "nothing" : "\(masked.unicodeScalars.count) scalars")",
        ]
        return FuzzOutcome(verdict: .accepted, summary: summary.joined(separator: ", "), brokenPromises: broken)
    }

    private static func readArchive(_ data: Data) -> FuzzOutcome {
        do {
            let contents = try BundleArchive.read(data)
            let bundle = try contents.bundle()
            return FuzzOutcome(
                verdict: .accepted, summary: "\(contents.bundleFiles.count) files, \(bundle.items.count) items")
        } catch {
            return .refused(error)
        }
    }

    /// The template in a bundle of its own as the welcome; what loads must render, and to no more than its
    /// own text and a little (no loops, no partials: rendering costs what the template does).
    private static func renderTemplate(_ data: Data) -> FuzzOutcome {
        let text = String(decoding: data, as: UTF8.self)
        let manifest =
            #"{"format": 1, "id": "00000000-0000-4000-8000-000000000001", "name": "店", "platform": "generic", "locales": ["zh-CN"], "version": 1, "fallback": "fallback", "welcome": "t"}"#
        let templates: [[String: String]] = [["id": "t", "text": text], ["id": "fallback", "text": "稍等~"]]
        let bundle: LoadedBundle
        do {
            let files = [
                "bundle.yaml": Data(manifest.utf8),
                "templates/t.yaml": try JSONSerialization.data(withJSONObject: templates, options: [.sortedKeys]),
            ]
            bundle = try BundleLoader().loadBundle(files: files)
            // What `check` and `sync` find across items: here, a text swift-mustache cannot parse.
            let problems = BundleValidator().validate(bundle).filter { $0.severity == .error }
            if !problems.isEmpty { throw DiagnosticsError(problems) }
        } catch {
            return .refused(error)
        }
        do {
            let engine = Engine(content: try EngineContent(records: bundle.contentRecords()))
            let welcome = engine.welcome(for: SessionState(id: "fuzz")) ?? ""
            let broken = welcome.utf8.count > text.utf8.count + 1_024 ? ["rendered \(welcome.utf8.count) bytes"] : []
            return FuzzOutcome(verdict: .accepted, summary: "\(welcome.utf8.count) bytes", brokenPromises: broken)
        } catch {
            return FuzzOutcome(
                verdict: .accepted, summary: "loaded", brokenPromises: ["the engine refused it: \(error)"])
        }
    }

    /// What a manifest the reader takes may name: one folder of `snapshots/`, and paths inside it.
    private static func readRemoteManifest(_ data: Data) -> FuzzOutcome {
        let manifest: RemoteManifest
        do {
            manifest = try RemoteManifest.read(data, path: "kefu-remote.json")
        } catch {
            return .refused(error)
        }
        var broken: [String] = []
        // A name may hold two dots (`v.000..c`); a part that is `..` would climb out.
        if !manifest.snapshot.hasPrefix("snapshots/") || manifest.snapshot.split(separator: "/").contains("..") {
            broken.append("snapshot outside snapshots/: \(manifest.snapshot)")
        }
        for path in manifest.files?.keys.sorted() ?? []
        where path.hasPrefix("/") || path.split(separator: "/").contains("..") {
            broken.append("file outside the snapshot: \(path)")
        }
        return FuzzOutcome(
            verdict: .accepted, summary: "version \(manifest.version), \(manifest.files?.count ?? 0) files",
            brokenPromises: broken)
    }
}
