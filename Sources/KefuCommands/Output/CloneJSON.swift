/// `kefu clone --json`.
struct CloneJSON: Encodable {
    let path: String
    let items: Int
    let version: String
}
