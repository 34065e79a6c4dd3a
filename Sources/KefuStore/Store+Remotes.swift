import Foundation
import GRDB
import KefuCore

extension Store {
    /// Every remote, by name.
    public func remotes() throws -> [Remote] {
        try writer.read { db in try Remote.order(Column("name")).fetchAll(db) }
    }

    /// The remote called `name`, if there is one.
    public func remote(named name: String) throws -> Remote? {
        try writer.read { db in try Remote.fetchOne(db, key: name) }
    }

    /// Adds a remote; fails when the name is taken.
    public func addRemote(_ remote: Remote) throws {
        try writer.write { db in try remote.insert(db) }
    }

    /// Removes a remote and forgets its baseline (the items themselves stay).
    public func removeRemote(named name: String) throws {
        try writer.write { db in
            _ = try Remote.deleteOne(db, key: name)
            try Baseline.filter(Baseline.Columns.source == name).deleteAll(db)
        }
    }

    /// Items whose current version differs from what `source` held when they last agreed: what a
    /// push would send.
    public func countChangedSinceBaseline(of source: String) throws -> Int {
        try keysChangedSinceBaseline(of: source).count
    }
}
