import KefuCore

/// `kefu rollback N --dry-run --json`: what the rollback would do to each item, and the folder edits
/// that would make it refuse.
struct RollbackPlanJSON: Encodable {
    struct Action: Encodable {
        let item: String
        let verb: MessageKey

        enum CodingKeys: String, CodingKey {
            case item, action
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(item, forKey: .item)
            let name =
                switch verb {
                case .rollbackRestores: "restore"
                case .rollbackRemoves: "remove"
                default: "change"
                }
            try container.encode(name, forKey: .action)
        }
    }

    let rollingBackTo: Int64
    let actions: [Action]
    let unsynced: [String]
}
