import Foundation
import KefuCore
import Yams

/// Reads `bundle.yaml`: the header (`format`, `id`, `version`) and the settings item.
enum ManifestReader {
    static func read(_ root: Node?, path: String, diagnostics: inout [Diagnostic]) -> BundleManifest? {
        guard let root, case .mapping = root else {
            diagnostics.append(
                .error(Message(.expectedManifestMapping), at: YAMLNodes.sourceLocation(root?.mark, file: path)))
            return nil
        }
        var problems: [FieldProblem] = []
        guard var raw = YAMLNodes.rawValue(of: root, at: FieldPath(), problems: &problems)?.record else { return nil }
        func report(_ key: String, _ message: Message, target: FieldProblem.Target = .value) {
            problems.append(FieldProblem(path: FieldPath([.key(key)]), target: target, message: message))
        }

        let format = raw.removeValue(forKey: "format")?.text ?? "\(BundleManifest.currentFormat)"
        if Int(format) != BundleManifest.currentFormat {
            report("format", Message(.unsupportedFormat, format))
        }
        let bundleID: UUID?
        switch raw.removeValue(forKey: "id") {
        case .text(let text)?:
            bundleID = UUID(uuidString: text)
            if bundleID == nil { report("id", Message(.invalidBundleID, text)) }
        case .some:
            bundleID = nil
            report("id", Message(.invalidBundleID, "…"))
        case nil:
            bundleID = nil
            report("id", Message(.missingField, "id"), target: .key)
        }
        let versionText = raw.removeValue(forKey: "version")?.text ?? "1"
        let version = Int(versionText)
        if version.map({ $0 < 0 }) ?? true {
            report("version", Message(.invalidVersion))
        }

        let (fields, schemaProblems) = ItemSchema.of(.bundle).validate(raw)
        problems += schemaProblems
        for problem in problems {
            diagnostics.append(
                .error(
                    problem.message,
                    at: YAMLNodes.location(of: problem.path, target: problem.target, in: root, file: path)))
        }
        guard problems.isEmpty, let bundleID, let version else { return nil }
        var fieldLocations: [String: SourceLocation] = [:]
        if case .mapping(let mapping) = root {
            for pair in mapping {
                if let name = pair.key.string {
                    fieldLocations[name] = YAMLNodes.sourceLocation(pair.key.mark, file: path)
                }
            }
        }
        let settings = BundleItem(
            key: .bundleSettings, fields: fields, location: SourceLocation(file: path), fieldLocations: fieldLocations)
        return BundleManifest(bundleID: bundleID, version: version, settings: settings)
    }
}
