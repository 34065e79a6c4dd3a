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
    ///
    /// A link is followed only to a file inside `root`; among the files and folders kefu reads, a link
    /// out of it, a link to a folder (which can loop: `ln -s .. faq/a`), a folder that cannot be read, or
    /// something that is not a file (a FIFO) is an error naming its path, never "no items"; the rest of
    /// the folder (a README, a link to the shop's photos) is not kefu's business. A shop whose `faq/`
    /// cannot be read must not look like a shop whose FAQs were deleted.
    /// - Throws: `DiagnosticsError` with every such path.
    public static func list(_ root: URL) throws -> Listing {
        var walk = Walk(root: root)
        let entries = walk.entries(of: root, shown: "")
        for name in entries where !name.hasPrefix(".") {
            let url = root.appending(path: name)
            if name == BundleLayout.manifestFile || name == BundleLayout.agentsFile {
                if walk.type(of: url, shown: name) == .typeRegular { walk.listing.files.append(name) }
            } else if BundleLayout.folders[name] != nil {
                guard walk.type(of: url, shown: name) == .typeDirectory else { continue }
                walk.listing.files += walk.yamlFiles(under: url, prefix: name)
            } else if !BundleLayout.otherFolders.contains(name),
                (try? FileManager.default.attributesOfItem(atPath: url.path))?[.type] as? FileAttributeType
                    == .typeDirectory,
                let suggestion = Suggestion.closest(to: name, among: Array(BundleLayout.folders.keys)),
                holdsYAML(url, prefix: name, root: root)
            {
                walk.listing.warnings.append(
                    Diagnostic(
                        .warning, Message(.folderNotInLayout, name, suggestion), at: SourceLocation(file: name + "/")))
            }
        }
        walk.errors += twoSpellings(of: walk.listing.files)
        guard walk.errors.isEmpty else { throw DiagnosticsError(walk.errors) }
        return walk.listing
    }

    /// Whether a folder kefu does not read holds YAML files, for the misspelt-folder hint only: what is
    /// inside it (a link out, a pipe) is never an error.
    private static func holdsYAML(_ folder: URL, prefix: String, root: URL) -> Bool {
        var walk = Walk(root: root)
        return !walk.yamlFiles(under: folder, prefix: prefix).isEmpty
    }

    /// One listing's walk: what it found, and the paths it refused.
    private struct Walk {
        let root: URL
        /// `root` with its own links resolved, to tell where a link inside it leads.
        let resolvedRoot: String
        var listing = Listing()
        var errors: [Diagnostic] = []

        init(root: URL) {
            self.root = root
            resolvedRoot = root.resolvingSymlinksInPath().standardizedFileURL.path
        }

        /// The names in `folder`, sorted; none, with an error, when it cannot be read.
        mutating func entries(of folder: URL, shown: String) -> [String] {
            do {
                return try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
            } catch {
                let reason = (error as NSError).localizedDescription
                errors.append(.error(Message(.folderUnreadable, reason), at: SourceLocation(file: shown + "/")))
                return []
            }
        }

        /// `.typeDirectory` for a real folder, `.typeRegular` for a file or a link to a file inside the
        /// root; `nil`, with an error, for anything else.
        mutating func type(of url: URL, shown: String) -> FileAttributeType? {
            let attributes = try? FileManager.default.attributesOfItem(atPath: url.path)
            guard let type = attributes?[.type] as? FileAttributeType else {
                errors.append(.error(Message(.fileUnreadable, shown), at: SourceLocation(file: shown)))
                return nil
            }
            switch type {
            case .typeDirectory, .typeRegular:
                return type
            case .typeSymbolicLink:
                let target = url.resolvingSymlinksInPath().standardizedFileURL.path
                guard target == resolvedRoot || target.hasPrefix(resolvedRoot + "/") else {
                    errors.append(.error(Message(.linkOutsideBundle, target), at: SourceLocation(file: shown)))
                    return nil
                }
                let resolved = (try? FileManager.default.attributesOfItem(atPath: target))?[.type] as? FileAttributeType
                guard resolved == .typeRegular else {
                    errors.append(.error(Message(.linkNotToAFile), at: SourceLocation(file: shown)))
                    return nil
                }
                return .typeRegular
            default:
                let what =
                    switch type {
                    case .typeSocket: "a socket"
                    case .typeBlockSpecial, .typeCharacterSpecial: "a device"
                    default: "a named pipe"
                    }
                errors.append(.error(Message(.notAFile, what), at: SourceLocation(file: shown)))
                return nil
            }
        }

        /// The YAML files below `folder`, recursively, as bundle-relative paths, sorted.
        mutating func yamlFiles(under folder: URL, prefix: String) -> [String] {
            var files: [String] = []
            for name in entries(of: folder, shown: prefix) where !name.hasPrefix(".") && !ConflictCopy.matches(name) {
                let url = folder.appending(path: name)
                guard let type = type(of: url, shown: "\(prefix)/\(name)") else { continue }
                if type == .typeDirectory {
                    files += yamlFiles(under: url, prefix: "\(prefix)/\(name)")
                } else if BundleLayout.isYAML(name) {
                    files.append("\(prefix)/\(name)")
                }
            }
            return files
        }
    }
}
