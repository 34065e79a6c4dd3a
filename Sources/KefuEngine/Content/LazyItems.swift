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
    private let slots: Mutex<[Sourced<Model>?]>

    init(records: [ContentRecord]) {
        self.records = records
        self.slots = Mutex([Sourced<Model>?](repeating: nil, count: records.count))
    }

    /// How many records are decoded so far.
    var decodedCount: Int { slots.withLock { $0.reduce(0) { $1 == nil ? $0 : $0 + 1 } } }

    func item(at position: Int) -> Sourced<Model> {
        if let known = slots.withLock({ $0[position] }) { return known }
        let record = records[position]
        let item: Sourced<Model>
        do {
            item = Sourced(try JSONDecoder().decode(Model.self, from: record.json), at: record.location)
        } catch {
            preconditionFailure(
                "\(record.kind.rawValue)/\(record.id.rawValue) was decoded when its engine was kept: \(error)")
        }
        slots.withLock { $0[position] = item }
        return item
    }
}
