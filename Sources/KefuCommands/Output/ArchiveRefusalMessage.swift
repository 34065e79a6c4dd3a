import KefuArchive
import KefuCore
import KefuSync

/// Why an archive was refused, in the reader's words.
enum ArchiveRefusalMessage {
    static func message(for error: Error) -> Message? {
        switch error {
        case let refusal as ArchiveRefusal: reason(refusal)
        case let problem as BundleArchiveError: reason(problem)
        default: nil
        }
    }

    static func reason(_ refusal: ArchiveRefusal) -> Message {
        switch refusal {
        case .absolutePath(let path): Message(.refusalAbsolutePath, path)
        case .parentComponent(let path): Message(.refusalParent, path)
        case .link(let path): Message(.refusalLink, path)
        case .specialFile(let path): Message(.refusalSpecial, path)
        case .duplicateName(let path): Message(.refusalDuplicate, path)
        case .collidingNames(let first, let second): Message(.refusalColliding, first, second)
        case .outsideLayout(let path): Message(.refusalOutside, path)
        case .nestedArchive(let path): Message(.refusalNested, path)
        case .encrypted(let path): Message(.refusalEncrypted, path)
        case .tooManyEntries(let limit): Message(.refusalEntries, limit)
        case .entryTooLarge(let path, let limit): Message(.refusalEntrySize, path, limit)
        case .tooLarge(let limit): Message(.refusalTotal, limit)
        case .expansionRatio(let limit): Message(.refusalRatio, limit)
        case .pathTooLong(let path, let limit): Message(.refusalPathLength, path, limit)
        case .corrupt(let detail): Message(.refusalCorrupt, detail)
        }
    }

    static func reason(_ problem: BundleArchiveError) -> Message {
        switch problem {
        case .missingManifest: Message(.refusalNoManifest)
        case .invalidManifest(let detail): Message(.refusalBadManifest, detail)
        case .checksumMismatch(let path): Message(.refusalChecksum, path)
        case .unlistedFile(let path): Message(.refusalUnlisted, path)
        case .missingFile(let path): Message(.refusalMissing, path)
        case .conflictsOpen(let count): Message(.exportConflictsOpen, count)
        }
    }
}
