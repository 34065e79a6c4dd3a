/// An item's identity across files, stores and shops: its kind and id, written `faq/shipping-time`.
public struct ItemKey: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let kind: ItemKind
    public let id: ItemID

    public init(kind: ItemKind, id: ItemID) {
        self.kind = kind
        self.id = id
    }

    /// The single item that holds the bundle's settings.
    public static let bundleSettings = ItemKey(kind: .bundle, id: ItemID(trusted: "bundle"))

    /// Parses `KIND/ID`; `bundle` alone names the settings item.
    public init?(parsing text: String) {
        if text == "bundle" {
            self = .bundleSettings
            return
        }
        let parts = text.split(separator: "/", maxSplits: 1).map(String.init)
        guard parts.count == 2, let kind = ItemKind(rawValue: parts[0]), let id = ItemID(parts[1]) else {
            return nil
        }
        self.init(kind: kind, id: id)
    }

    public var description: String { "\(kind.rawValue)/\(id.rawValue)" }

    public static func < (lhs: ItemKey, rhs: ItemKey) -> Bool {
        (lhs.kind, lhs.id) < (rhs.kind, rhs.id)
    }
}
