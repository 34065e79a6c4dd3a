import Foundation

/// One row of a shop data table (`data/*.csv`), by column name. Extra columns are kept so templates can
/// use them (`product.material`).
public struct ShopRecord: Hashable, Sendable {
    public var columns: [String: String]

    public init(_ columns: [String: String]) { self.columns = columns }

    public subscript(column: String) -> String? {
        guard let value = columns[column]?.trimmingCharacters(in: .whitespaces), !value.isEmpty else { return nil }
        return value
    }

    /// The columns that have a value: an empty cell is absent, so a Mustache section on it is skipped.
    public var filledColumns: [String: String] {
        columns.filter { !$0.value.trimmingCharacters(in: .whitespaces).isEmpty }
    }

    /// A `|`-separated list cell (`S|M|L`).
    public func list(_ column: String) -> [String] {
        (self[column] ?? "").split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }.filter {
            !$0.isEmpty
        }
    }

    /// A `|`-separated map cell (`S:12|M:0`).
    public func pairs(_ column: String) -> [(key: String, value: String)] {
        list(column).compactMap { entry in
            guard let colon = entry.lastIndex(of: ":") else { return nil }
            return (
                String(entry[..<colon]).trimmingCharacters(in: .whitespaces),
                String(entry[entry.index(after: colon)...]).trimmingCharacters(in: .whitespaces)
            )
        }
    }
}
