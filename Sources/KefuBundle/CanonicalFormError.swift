import KefuCore

/// Canonical text that does not hold a valid item: a damaged store or archive.
public enum CanonicalFormError: Error, Equatable, Sendable {
    case notAnItem(kind: ItemKind)
    case invalidContent(ItemKey, [Message])
}
