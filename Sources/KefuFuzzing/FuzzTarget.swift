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

    /// Runs one input. Never throws: rejecting the input is a pass.
    public func run(_ data: Data) {
        switch self {
        case .bundleLoader: Self.loadBundle(data)
        case .buyerText: Self.analyseBuyerText(data)
        case .archiveReader: Self.readArchive(data)
        }
    }

    private static func loadBundle(_ data: Data) {
        guard let bundle = try? BundleLoader().loadBundle(files: FuzzBundleInput.files(from: data)) else { return }
        // The store keeps items as canonical text and reads them back: whatever loads must survive that.
        for item in bundle.items.values {
            let canonical = CanonicalForm.text(of: item)
            let readBack = try? CanonicalForm.item(kind: item.key.kind, canonical: canonical)
            precondition(readBack.map(CanonicalForm.hash(of:)) == CanonicalForm.hash(of: item), "canonical round trip")
        }
    }

    private static let normaliser = TextNormaliser()
    private static let extractor = EntityExtractor()
    private static let masker = PersonalDataMasker()

    private static func analyseBuyerText(_ data: Data) {
        // Invalid UTF-8 is what a broken client sends: it is repaired, never refused.
        let message = String(decoding: data, as: UTF8.self)
        let normalised = normaliser.normalise(message)
        precondition((0...1).contains(normalised.meaningfulShare), "meaningful share out of range")
        precondition(
            !normalised.text.unicodeScalars.contains { $0.properties.generalCategory == .control },
            "a control character survived normalisation")
        precondition(
            normalised.truncated == (message.unicodeScalars.count > TextNormaliser.maximumScalars),
            "truncation flag disagrees with the length")
        _ = extractor.entities(in: message)
        _ = LanguageDetector().language(of: normalised.text)
        let masked = masker.mask(message)
        precondition(masker.mask(masked) == masked, "masking a masked message changed it again")
    }

    private static func readArchive(_ data: Data) {
        guard let contents = try? BundleArchive.read(data) else { return }
        _ = try? contents.bundle()
    }
}
