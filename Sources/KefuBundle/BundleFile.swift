import KefuCore

/// One item file of a bundle: which items it holds, in order, and the comment lines at its top,
/// which the writer keeps when it rewrites the file.
public struct BundleFile: Hashable, Sendable {
    /// The path relative to the bundle folder, with `/` separators.
    public let path: String
    public let kind: ItemKind
    /// The items in the order they are written.
    public var items: [ItemKey]
    /// Comment lines before the first item, without the trailing newline; empty when there are none.
    public var header: String

    public init(path: String, kind: ItemKind, items: [ItemKey] = [], header: String = "") {
        self.path = path
        self.kind = kind
        self.items = items
        self.header = header
    }
}
