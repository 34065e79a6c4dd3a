/// `kefu pull --json`.
struct PullJSON: Encodable {
    let remote: String
    let version: String
    let changeset: Int64?
    let changed: [String]
    let merged: Int
    let conflicts: [String]
    let warnings: [DiagnosticReport.Entry]
}
