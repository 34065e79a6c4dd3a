import KefuCore

/// What one bundle file holds: its items in order (or the manifest, for bundle.yaml) and its problems.
public struct FileReading: Sendable {
    /// The file and the order of its items; `nil` for bundle.yaml or a file that could not be parsed.
    public var file: BundleFile?
    /// The items that passed their schema, in file order.
    public var items: [BundleItem] = []
    /// Set when the file is bundle.yaml and it is valid.
    public var manifest: BundleManifest?
    public var diagnostics: [Diagnostic] = []

    /// Whether the file had no errors.
    public var isValid: Bool { !diagnostics.contains { $0.severity == .error } }
}
