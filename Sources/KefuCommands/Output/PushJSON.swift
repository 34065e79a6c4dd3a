/// `kefu push --json`.
struct PushJSON: Encodable {
    let remote: String
    let version: String
    let itemsSent: Int
    let mergedOnRetry: Int
}
