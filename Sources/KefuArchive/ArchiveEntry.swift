import Foundation

/// One file of an archive: its name inside the archive and its bytes.
public struct ArchiveEntry: Hashable, Sendable {
    public let path: String
    public let data: Data

    public init(path: String, data: Data) {
        self.path = path
        self.data = data
    }
}
