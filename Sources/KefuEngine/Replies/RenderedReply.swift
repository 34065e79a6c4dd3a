import KefuCore

/// A reply text in the buyer's locale, or what it still needs.
struct RenderedReply {
    var text: String?
    var template: ItemID?
    var locale: String
    /// The buyer's locale had no text, so the bundle's default locale was used.
    var localeFellBack: Bool
    /// `needs` that the session cannot satisfy yet.
    var missing: [String]
}
