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
}
