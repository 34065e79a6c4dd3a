/// `kefu resolve --json`.
struct ResolveJSON: Encodable {
    let item: String
    let changeset: Int64?
    let sync: SyncReportJSON
}
