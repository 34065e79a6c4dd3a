/// `kefu export --json`.
struct ExportJSON: Encodable {
    let file: String
    let items: Int
    let version: Int
    let format: String
}
