import KefuApp
import KefuCore

/// Reads a `KIND/ID` argument, or fails as a usage error naming the kinds.
enum ItemKeyArgument {
    static func parse(_ text: String) throws -> ItemKey {
        guard let key = ItemKey(parsing: text) else {
            let kinds = ItemKind.allCases.map(\.rawValue).joined(separator: ", ")
            throw AppFailure(.usage, Message(.invalidItemKey, text, kinds))
        }
        return key
    }
}
