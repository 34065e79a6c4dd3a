import KefuCore

/// A reply text in the buyer's locale, or what it still needs.
struct RenderedReply {
    var text: String?
    var template: ItemID?
    var locale: String
    /// The buyer's locale had no text, so the bundle's default locale was used.
    var localeFellBack: Bool
    /// `needs` that the session cannot satisfy yet: the buyer can give them.
    var missing: [String]
    /// Variables the reply prints that have no value although nothing is left to ask the buyer (an empty
    /// column, no size chart): only the shop can fill them in, so the reply is not sent.
    var gaps: [String] = []
}
