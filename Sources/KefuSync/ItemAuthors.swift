import Foundation
import KefuCore
import KefuStore

/// `.kefu-authors.json`, written beside the bundle by every push: who made the latest version of each
/// item (deletions included) and when, with that version's hash. A pull credits each item it takes to
/// that person when the hash still matches, so a change keeps its real author however many teammates
/// pulled and pushed it on; a version edited by hand in the repository has no matching entry and is
/// credited to whoever the remote says published it.
///
/// The file comes from the remote, so it is read as hostile: at most `maximumBytes`, names cleaned of
/// control characters and cut to `maximumNameLength`, entries for keys that are not items skipped.
struct ItemAuthors: Sendable {
    static let fileName = ".kefu-authors.json"
    /// About 150 bytes an item: room for a bundle several times the largest kefu is measured with.
    static let maximumBytes = 64 << 20
    static let maximumNameLength = 100

    struct Entry: Codable, Sendable, Hashable {
        /// Who made the version.
        var by: String
        var at: Date
        /// The version's content hash; `nil` for a deletion.
        var hash: String?
    }

    /// The file as JSON: what `ItemAuthorsText` lays out, and what a reader decodes.
    struct File: Codable {
        var format: Int
        var items: [String: Entry]
    }

    var entries: [ItemKey: Entry] = [:]

    /// Who made the version of `key` whose hash is `hash` (`nil`: its deletion), if this file knows.
    func authorship(of key: ItemKey, hash: String?) -> Authorship? {
        guard let entry = entries[key], entry.hash == hash else { return nil }
        return Authorship(author: entry.by, at: entry.at)
    }

    /// The file's text for `store`: who made the latest version of each item it ever held, one entry an
    /// item in key order, so a git diff of two pushes shows only what moved.
    static func text(of store: Store) throws -> String {
        var text = ItemAuthorsText()
        try store.forEachLatestAuthorship { key, authorship, hash in
            try text.append("\(key)", Entry(by: authorship.author, at: authorship.at, hash: hash))
        }
        return text.text
    }

    /// Who made each item `plan` changes in the store (and the other side of each conflict): this file's
    /// entry when it is for the same version, else `otherwise`. A merge that combines both sides is made
    /// by whoever merges, so it gets no entry.
    func authorship(for plan: [PlannedMerge], otherwise: (PlannedMerge) throws -> Authorship) rethrows -> [ItemKey:
        Authorship]
    {
        var authorship: [ItemKey: Authorship] = [:]
        for merge in plan where merge.changesStore || merge.merge.conflict != nil {
            authorship[merge.key] =
                try self.authorship(of: merge.key, hash: merge.theirsCanonical?.hash.hex) ?? otherwise(merge)
        }
        return authorship
    }

    /// The file at `url`, or `nil` when there is none (a remote pushed by an older kefu, or edited by hand).
    /// - Throws: `RemoteError.unreadable` naming the file when it is too large or not this format.
    static func read(at url: URL) throws -> ItemAuthors? {
        try bytes(at: url).map { try read($0, path: url.path) }
    }

    /// The file's bytes, read once and no further than the cap; `nil` when there is none.
    /// - Throws: `RemoteError.unreadable` when it is a link (it could point anywhere on the reader's
    ///   disk) or cannot be read.
    static func bytes(at url: URL) throws -> Data? {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: url.path) else { return nil }
        guard attributes[.type] as? FileAttributeType == .typeRegular else {
            throw RemoteError.unreadable("\(url.path): not a plain file (a link?)")
        }
        do {
            let handle = try FileHandle(forReadingFrom: url)
            defer { try? handle.close() }
            return try handle.read(upToCount: maximumBytes + 1) ?? Data()
        } catch {
            throw RemoteError.unreadable("\(url.path): \(error.localizedDescription)")
        }
    }

    /// The file's entries in `data` (named `path` in errors).
    /// - Throws: `RemoteError.unreadable` when it is too large or not this format.
    static func read(_ data: Data, path: String) throws -> ItemAuthors {
        let file = try RemoteJSON.decode(File.self, from: data, path: path, maximumBytes: maximumBytes)
        var authors = ItemAuthors()
        authors.entries.reserveCapacity(file.items.count)
        // A team has a few names over 100,000 entries: each is cleaned once and its one copy shared.
        var cleaned: [String: String?] = [:]
        for (name, entry) in file.items {
            let author: String?
            if let known = cleaned[entry.by] {
                author = known
            } else {
                author = cleanName(entry.by)
                // `.some`: a name that cleans to nothing is remembered too, not removed from the table.
                cleaned[entry.by] = .some(author)
            }
            guard let key = ItemKey(parsing: name), let author else { continue }
            authors.entries[key] = Entry(by: author, at: entry.at, hash: entry.hash)
        }
        return authors
    }

    /// A name as a person wrote it, without control characters (which would rewrite a terminal line),
    /// at most `maximumNameLength` characters; `nil` when nothing is left.
    static func cleanName(_ name: String) -> String? {
        let kept = String(
            String.UnicodeScalarView(name.unicodeScalars.filter { !$0.properties.generalCategory.isControlLike })
        )
        .trimmingCharacters(in: .whitespaces)
        return kept.isEmpty ? nil : String(kept.prefix(maximumNameLength))
    }
}

extension Unicode.GeneralCategory {
    /// Control, format (bidirectional overrides among them) and unassigned characters.
    fileprivate var isControlLike: Bool { self == .control || self == .format || self == .unassigned }
}
