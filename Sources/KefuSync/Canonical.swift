import KefuCore

/// An item's canonical JSON and its hash, made once and reused.
struct Canonical: Sendable {
    let content: String
    let hash: ContentHash
}
