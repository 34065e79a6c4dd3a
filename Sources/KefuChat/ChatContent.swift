import KefuCore
import KefuEngine

/// What a chat answers from: the store's items as records and the shop data.
public struct ChatContent: Sendable {
    public var records: [ContentRecord]
    public var shop: ShopDataTables
    /// The sentence model the engine understands meaning with, or why there is none.
    public var semantics: SemanticSetup

    public init(
        records: [ContentRecord], shop: ShopDataTables,
        semantics: SemanticSetup = .off("no sentence model was given to the chat")
    ) {
        self.records = records
        self.shop = shop
        self.semantics = semantics
    }
}
