import KefuCore

/// Where each kind of item lives in a bundle folder.
public enum BundleLayout {
    /// The manifest, required at the top of every bundle.
    public static let manifestFile = "bundle.yaml"
    /// The agents file, the one item file that is not in a folder.
    public static let agentsFile = "agents.yaml"
    /// Folders of item files, by the kind they hold.
    public static let folders: [String: ItemKind] = [
        "faq": .faq, "rules": .rule, "templates": .template, "lexicons": .lexicon, "tests": .test,
        "reminders": .reminder,
    ]
    /// Folders that belong to a bundle but hold no items: shop data, open conflicts, the local store.
    public static let otherFolders: Set<String> = ["data", "conflicts", ".kefu"]
    /// The largest file the loader reads; a bundle file larger than this is a mistake, not content.
    public static let fileSizeLimit = 8 * 1024 * 1024

    /// The kind of item a bundle-relative path holds, or `nil` when the path is not an item file.
    public static func kind(ofFile path: String) -> ItemKind? {
        guard isYAML(path) else { return nil }
        if path == manifestFile { return .bundle }
        if path == agentsFile { return .agent }
        guard let slash = path.firstIndex(of: "/") else { return nil }
        return folders[String(path[..<slash])]
    }

    /// Whether the name ends in `.yaml` or `.yml`.
    public static func isYAML(_ path: String) -> Bool {
        path.hasSuffix(".yaml") || path.hasSuffix(".yml")
    }
}
