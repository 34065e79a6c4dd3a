import KefuBundle
import KefuCore

/// An item's canonical JSON and its hash, made once and reused.
struct Canonical: Sendable {
    let content: String
    let hash: ContentHash

    /// `item`'s canonical form and hash, from one rendering of it.
    init(of item: BundleItem) {
        let data = CanonicalForm.data(of: item)
        content = String(decoding: data, as: UTF8.self)
        hash = CanonicalForm.hash(ofCanonical: data)
    }
}
