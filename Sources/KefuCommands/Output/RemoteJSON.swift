import KefuStore

/// A remote as JSON.
struct RemoteJSON: Encodable {
    let name: String
    let kind: String
    let target: String
    let version: String?

    init(_ remote: Remote) {
        name = remote.name
        kind = remote.kind.rawValue
        target = remote.displayTarget
        version = remote.version
    }
}
