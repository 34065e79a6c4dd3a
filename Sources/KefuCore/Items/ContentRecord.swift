import Foundation

/// One item as the engine receives it from any storage (KefuEngine reads only these): its kind, its canonical JSON and where it is
/// written. The store and the bundle loader both produce these, so the engine never sees SQLite.
public struct ContentRecord: Sendable {
    public var kind: ItemKind
    public var json: Data
    public var location: SourceLocation?

    public init(kind: ItemKind, json: Data, location: SourceLocation?) {
        self.kind = kind
        self.json = json
        self.location = location
    }
}
