import Foundation
import KefuCore
import Synchronization

/// Records decoded on first read and kept decoded, for `ItemShelf`; safe to read from many threads.
///
/// Decoding cannot fail here: these are records that this kefu decoded when it compiled and kept the
/// engine they belong to, and the kept engine's key covers their bytes and this build of kefu. A record
/// that no longer decodes would mean the kept file lied, so it stops the process rather than answer
/// from a wrong item.
final class LazyItems<Model: Decodable & Sendable>: Sendable {
    private let records: [ContentRecord]
    /// The items decoded so far, by position: a table rather than a slot for every record, since an answer
    /// reads a handful of a large shop's items (a slot each was 16 MB at 100,000 items).
    private let decoded = Mutex<[Int: Sourced<Model>]>([:])

    init(records: [ContentRecord]) {
        self.records = records
    }

    /// How many records are decoded so far.
    var decodedCount: Int { decoded.withLock { $0.count } }

    func item(at position: Int) -> Sourced<Model> {
        if let known = decoded.withLock({ $0[position] }) { return known }
        let record = records[position]
        let item: Sourced<Model>
        do {
            item = Sourced(try JSONDecoder().decode(Model.self, from: record.json), at: record.location)
        } catch {
            preconditionFailure(
                "\(record.kind.rawValue)/\(record.id.rawValue) was decoded when its engine was kept: \(error)")
        }
        decoded.withLock { $0[position] = item }
        return item
    }
}
