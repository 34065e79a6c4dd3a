import Foundation
import KefuBundle

/// The `version` of a working bundle's bundle.yaml, which push and export bump.
public enum BundleVersion {
    /// The version in `root`'s bundle.yaml (0 when it cannot be read).
    public static func read(in root: URL) throws -> Int {
        let data = try Data(contentsOf: root.appending(path: BundleLayout.manifestFile))
        return BundleLoader().readFile(BundleLayout.manifestFile, data: data)?.manifest?.version ?? 0
    }

    /// Writes `version` into `root`'s bundle.yaml, its settings untouched.
    public static func write(_ version: Int, in root: URL, using calls: any FileWriteCalls = SystemFileWriteCalls())
        throws
    {
        let url = root.appending(path: BundleLayout.manifestFile)
        guard
            var manifest = BundleLoader().readFile(BundleLayout.manifestFile, data: try Data(contentsOf: url))?
                .manifest,
            manifest.version != version
        else { return }
        manifest.version = version
        try AtomicFile.write(try BundleWriter().render(manifest), to: url, using: calls)
    }
}
