import KefuCore

/// `kefu rollback N --dry-run --json`: what the rollback would do to each item, and the folder edits
/// that would make it refuse.
struct RollbackPlanJSON: Encodable {
    struct Action: Encodable {
        enum Kind: String, Encodable {
            /// The item is gone now and comes back.
            case restore
            /// The item exists and goes back to its version then.
            case change
            /// The item did not exist then and goes (its versions stay in history).
            case remove

            /// How a person reads it, with the item's name.
            var message: MessageKey {
                switch self {
                case .restore: .rollbackRestores
                case .change: .rollbackChangesBack
                case .remove: .rollbackRemoves
                }
            }
        }

        let item: String
        let action: Kind
    }

    let rollingBackTo: Int64
    let actions: [Action]
    let unsynced: [String]
}
