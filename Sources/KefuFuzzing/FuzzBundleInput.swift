import Foundation

/// How the bundle-loader harness turns one byte string into a bundle: the bytes are split at each NUL
/// byte, and the pieces become the files of `paths`, in order. Seeds are sample bundles joined the
/// same way (`Scripts/fuzz`), so mutations land inside real YAML.
public enum FuzzBundleInput {
    /// One file of each kind, the manifest first.
    public static let paths = [
        "bundle.yaml", "faq/fuzz.yaml", "rules/fuzz.yaml", "templates/fuzz.yaml", "agents.yaml",
        "lexicons/fuzz.yaml", "tests/fuzz.yaml",
    ]

    /// The files a fuzz input stands for.
    public static func files(from data: Data) -> [String: Data] {
        let pieces = data.split(separator: 0, maxSplits: paths.count - 1, omittingEmptySubsequences: false)
        var files: [String: Data] = [:]
        for (path, piece) in zip(paths, pieces) { files[path] = Data(piece) }
        return files
    }

    /// The input that stands for `files` (the inverse of `files(from:)` for files of `paths`).
    public static func input(from files: [String: Data]) -> Data {
        Data(paths.map { files[$0] ?? Data() }.joined(separator: [0]))
    }
}
