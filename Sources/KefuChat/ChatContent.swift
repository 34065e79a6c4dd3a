import KefuCore
import KefuEngine

/// What a chat answers from: the store's items as records and the shop data.
public struct ChatContent: Sendable {
    public var records: [ContentRecord]
    public var shop: ShopDataTables

    public init(records: [ContentRecord], shop: ShopDataTables) {
        self.records = records
        self.shop = shop
    }
}
