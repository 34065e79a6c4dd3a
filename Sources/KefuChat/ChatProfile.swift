/// Who the test buyer is: set by `kefu chat --buyer/--product/--locale` and by `:as`, `:tags`,
/// `:product` and `:lang`; kept across `:reset` and written into tests by `:save`.
public struct ChatProfile: Hashable, Sendable {
    public var buyer: String?
    /// Tags given with `:tags`, which win over the buyer's tags in `data/buyers.csv`.
    public var tags: [String]?
    public var product: String?
    public var locale: String?

    public init(buyer: String? = nil, tags: [String]? = nil, product: String? = nil, locale: String? = nil) {
        self.buyer = buyer
        self.tags = tags
        self.product = product
        self.locale = locale
    }
}
