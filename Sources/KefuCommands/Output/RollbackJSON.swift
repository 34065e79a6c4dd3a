/// `kefu rollback --json`.
struct RollbackJSON: Encodable {
    let rolledBackTo: Int64
    let changeset: Int64?
    let sync: SyncReportJSON
}
