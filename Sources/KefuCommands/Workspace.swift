import Foundation
import KefuBundle
import KefuCore
import KefuStore

/// A bundle folder found from where a command runs, the way git finds its repository: the folder
/// itself or the nearest one above it that holds `bundle.yaml`.
struct Workspace {
    let root: URL

    /// The bundle at or above `directory`.
    static func find(from directory: URL) throws -> Workspace {
        var candidate = directory.standardizedFileURL
        while true {
            if FileManager.default.fileExists(atPath: candidate.appending(path: BundleLayout.manifestFile).path) {
                return Workspace(root: candidate)
            }
            let parent = candidate.deletingLastPathComponent()
            if parent.path == candidate.path { break }
            candidate = parent
        }
        throw CommandFailure(.dataError, Message(.notABundle, directory.path))
    }

    var storeURL: URL { root.appending(path: Store.relativePath) }

    /// The existing store; a failure telling the user how to create it when there is none.
    func openExistingStore() throws -> Store {
        guard FileManager.default.fileExists(atPath: storeURL.path) else {
            throw CommandFailure(.failure, Message(.storeMissing, Store.relativePath))
        }
        do {
            return try Store.open(at: storeURL)
        } catch {
            throw CommandFailure(.failure, Message(.storeUnreadable, Store.relativePath, "\(error)"))
        }
    }
}
