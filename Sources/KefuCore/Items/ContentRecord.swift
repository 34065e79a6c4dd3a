import Foundation

/// One item as the engine receives it from any storage (KefuEngine reads only these): its kind and id, its
/// canonical JSON and where it is written. The store and the bundle loader both produce these, so the
/// engine never sees SQLite. The id is given beside the JSON so that items can be ordered and found
/// without decoding them (a kept engine decodes only the items an answer looks at).
public struct ContentRecord: Sendable {
    public var kind: ItemKind
    public var id: ItemID
    public var json: Data
    public var location: SourceLocation?

    public init(key: ItemKey, json: Data, location: SourceLocation?) {
        self.kind = key.kind
        self.id = key.id
        self.json = json
        self.location = location
    }
}
