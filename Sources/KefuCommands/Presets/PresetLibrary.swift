import Foundation
import KefuApp
import KefuBundle
import KefuCore

/// Where `kefu init --preset` finds the preset bundles (`Bundles/<preset>/`): the folder `KEFU_PRESETS`
/// names, then `share/kefu/Bundles` beside the binary's folder (an installed kefu), then the checkout
/// the binary was built from (a developer's or CI's kefu).
enum PresetLibrary {
    static let environmentVariable = "KEFU_PRESETS"

    private static func folder(
        for preset: Preset, environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws -> URL {
        let candidates = roots(environment: environment).map { $0.appending(path: preset.rawValue) }
        guard
            let found = candidates.first(where: {
                FileManager.default.fileExists(atPath: $0.appending(path: BundleLayout.manifestFile).path)
            })
        else {
            throw AppFailure(
                .failure, Message(.presetNotFound, preset.rawValue, candidates.map(\.path).joined(separator: ", ")))
        }
        return found
    }

    /// The preset's bundle files (those the loader reads) and its shop data files (`data/*.csv`, their
    /// columns for the seller to fill in), and their bytes.
    static func files(for preset: Preset) throws -> [String: Data] {
        let root = try folder(for: preset)
        var files: [String: Data] = [:]
        let data = root.appending(path: "data")
        // A preset need not have data files; one it has must be readable.
        let tables =
            FileManager.default.fileExists(atPath: data.path)
            ? try FileManager.default.contentsOfDirectory(atPath: data.path).filter { $0.hasSuffix(".csv") } : []
        for path in try BundleFolder.list(root).files + tables.map({ "data/" + $0 }) {
            let url = root.appending(path: path)
            do {
                files[path] = try Data(contentsOf: url)
            } catch {
                throw AppFailure(.failure, Message(.readFailed, url.path, "\(error)"))
            }
        }
        return files
    }

    private static func roots(environment: [String: String]) -> [URL] {
        var roots: [URL] = []
        if let configured = environment[environmentVariable], !configured.isEmpty {
            roots.append(URL(filePath: configured, directoryHint: .isDirectory))
        }
        if let binary = Bundle.main.executableURL?.resolvingSymlinksInPath() {
            roots.append(
                binary.deletingLastPathComponent().appending(path: "../share/kefu/Bundles").standardizedFileURL)
        }
        roots.append(
            URL(filePath: #filePath).deletingLastPathComponent().appending(path: "../../../Bundles").standardizedFileURL
        )
        return roots
    }
}
