import Foundation
import KefuBundle
import KefuCore
import KefuStore

/// A remote's bundle as one pull reads it, and who made what in it: the authors file its pusher wrote,
/// and, for a version that file does not know (an edit committed by hand), who published it.
struct RemoteReading {
    var bundle: LoadedBundle
    var version: String
    var warnings: [Diagnostic]
    var authors: ItemAuthors
    /// The folder manifest's pusher, or the git commit's author.
    var publisher: Authorship
    /// Git: the author of the last commit that touched a file, which is nearer the truth than the
    /// publisher for a file edited by hand.
    var fileAuthor: (String) throws -> Authorship?

    /// Takes the authors file `read` returns; one that cannot be read is a warning, and the publisher
    /// is credited instead: it says who made a change, never what the items are.
    mutating func readAuthors(_ read: () throws -> ItemAuthors?) {
        do {
            authors = try read() ?? ItemAuthors()
        } catch {
            warnings.append(
                Diagnostic(
                    .warning, Message(.authorsUnreadable, "\(error)", publisher.author),
                    at: SourceLocation(file: ItemAuthors.fileName)))
        }
    }

    /// Who made each item `plan` changes in the store: the authors file's entry when it is for the same
    /// version, else whoever last committed its file, else the publisher.
    func authorship(for plan: [PlannedMerge]) throws -> [ItemKey: Authorship] {
        var byFile: [String: Authorship] = [:]
        return try authors.authorship(for: plan) { merge in
            guard let file = merge.theirsFile ?? merge.baseFile else { return publisher }
            if let known = byFile[file] { return known }
            let found = try fileAuthor(file) ?? publisher
            byFile[file] = found
            return found
        }
    }
}
