import Foundation
import KefuCore

/// One name, two spellings: `café.yaml` written composed (NFC, as Linux tools and kefu write it) or
/// decomposed (NFD, as some macOS tools write it) is one file to a person and to Swift's `String`, but
/// two to a Linux file system. kefu writes to the spelling the folder already has, and a folder that
/// holds both is an error, since either could be the one meant.
extension BundleFolder {
    /// `path` (relative to `root`) as the folder spells it: the existing file whose name is canonically
    /// equal, else `path` composed (NFC) for a new file.
    public static func onDisk(_ path: String, in root: URL) -> String {
        let url = root.appending(path: path)
        if FileManager.default.fileExists(atPath: url.path) { return path }
        let slash = path.lastIndex(of: "/")
        let folder = slash.map { String(path[...$0]) } ?? ""
        let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: url.deletingLastPathComponent().path)) ?? []
        return folder + (entries.first { $0 == name } ?? name.precomposedStringWithCanonicalMapping)
    }

    /// A problem for each name that the listed `paths` hold in two spellings.
    static func twoSpellings(of paths: [String]) -> [Diagnostic] {
        let bySpelling = Dictionary(grouping: paths) { Array($0.precomposedStringWithCanonicalMapping.utf8) }
        return bySpelling.values.filter { $0.count > 1 }.map { spellings in
            .error(Message(.fileTwoSpellings), at: SourceLocation(file: spellings.sorted()[0]))
        }
        .sorted { "\($0.location?.file ?? "")" < "\($1.location?.file ?? "")" }
    }
}
