import Foundation
import GRDB

extension Store {
    /// The bundle id this store belongs to, once set.
    public func bundleID() throws -> UUID? {
        try writer.read { db in
            try StoreMetadata.fetchOne(db, key: StoreMetadata.bundleIDKey).flatMap { UUID(uuidString: $0.value) }
        }
    }

    /// Records which bundle this store belongs to.
    public func setBundleID(_ id: UUID) throws {
        try writer.write { db in
            try StoreMetadata(key: StoreMetadata.bundleIDKey, value: id.uuidString.lowercased()).save(db)
        }
    }
}
