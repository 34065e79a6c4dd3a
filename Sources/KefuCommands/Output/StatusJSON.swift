/// `kefu status --json`.
struct StatusJSON: Encodable {
    struct Entry: Encodable {
        let item: String
        let change: String
    }

    let folder: [Entry]
    let store: [Entry]
    let both: [Entry]
    let conflicts: [ConflictJSON]
    let remotes: [RemoteState]

    /// How a remote stands: items to push, and whether it moved since the last pull.
    struct RemoteState: Encodable {
        let name: String
        let ahead: Int
        let agreedVersion: String?
        let remoteVersion: String?
        let behind: Bool
        /// Why the remote could not be read, when it could not.
        let unreadable: String?
    }
}
