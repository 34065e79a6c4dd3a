import Foundation
import KefuCore

/// Lists the files of a bundle folder that the loader reads, and warns about folders that look like
/// a misspelt part of the layout (`rule/` for `rules/`), whose files would otherwise be silently ignored.
public enum BundleFolder {
    /// The bundle files found, sorted, and warnings about misspelt folders.
    public struct Listing: Sendable {
        public var files: [String] = []
        public var warnings: [Diagnostic] = []
    }

    /// Lists the bundle files under `root`: bundle.yaml, agents.yaml and the YAML files of the layout folders.
    public static func list(_ root: URL) -> Listing {
        var listing = Listing()
        let manager = FileManager.default
        let entries = ((try? manager.contentsOfDirectory(atPath: root.path)) ?? []).sorted()
        for name in entries where !name.hasPrefix(".") {
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: root.appending(path: name).path, isDirectory: &isDirectory) else {
                continue
            }
            if !isDirectory.boolValue {
                if name == BundleLayout.manifestFile || name == BundleLayout.agentsFile { listing.files.append(name) }
                continue
            }
            if BundleLayout.folders[name] != nil {
                listing.files += yamlFiles(under: root.appending(path: name), prefix: name)
            } else if !BundleLayout.otherFolders.contains(name),
                let suggestion = Suggestion.closest(to: name, among: Array(BundleLayout.folders.keys)),
                !yamlFiles(under: root.appending(path: name), prefix: name).isEmpty
            {
                listing.warnings.append(
                    Diagnostic(
                        .warning, Message(.folderNotInLayout, name, suggestion), at: SourceLocation(file: name + "/")))
            }
        }
        return listing
    }

    /// The YAML files below `folder`, recursively, as bundle-relative paths, sorted.
    private static func yamlFiles(under folder: URL, prefix: String) -> [String] {
        var files: [String] = []
        let entries = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
        for name in entries where !name.hasPrefix(".") && !ConflictCopy.matches(name) {
            let url = folder.appending(path: name)
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else { continue }
            if isDirectory.boolValue {
                files += yamlFiles(under: url, prefix: "\(prefix)/\(name)")
            } else if BundleLayout.isYAML(name) {
                files.append("\(prefix)/\(name)")
            }
        }
        return files
    }
}
