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
        case .absolutePath(let path): Message(.refusalAbsolutePath, shown(path))
        case .parentComponent(let path): Message(.refusalParent, shown(path))
        case .link(let path): Message(.refusalLink, shown(path))
        case .specialFile(let path): Message(.refusalSpecial, shown(path))
        case .duplicateName(let path): Message(.refusalDuplicate, shown(path))
        case .collidingNames(let first, let second): Message(.refusalColliding, shown(first), shown(second))
        case .outsideLayout(let path): Message(.refusalOutside, shown(path))
        case .nestedArchive(let path): Message(.refusalNested, shown(path))
        case .encrypted(let path): Message(.refusalEncrypted, shown(path))
        case .tooManyEntries(let limit): Message(.refusalEntries, limit)
        case .entryTooLarge(let path, let limit): Message(.refusalEntrySize, shown(path), limit)
        case .tooLarge(let limit): Message(.refusalTotal, limit)
        case .expansionRatio(let limit): Message(.refusalRatio, limit)
        case .pathTooLong(let path, let limit): Message(.refusalPathLength, shown(path), limit)
        case .corrupt(let detail): Message(.refusalCorrupt, shown(detail))
        }
    }

    static func reason(_ problem: BundleArchiveError) -> Message {
        switch problem {
        case .missingManifest: Message(.refusalNoManifest)
        case .invalidManifest(let detail): Message(.refusalBadManifest, shown(detail))
        case .checksumMismatch(let path): Message(.refusalChecksum, shown(path))
        case .unlistedFile(let path): Message(.refusalUnlisted, shown(path))
        case .missingFile(let path): Message(.refusalMissing, shown(path))
        case .conflictsOpen(let count): Message(.exportConflictsOpen, count)
        }
    }

    /// An entry's name as it may be printed: an archive is anyone's, and a name with ESC or RLO in it must
    /// not rewrite the terminal or read as another name.
    private static func shown(_ text: String) -> String { UnsafeCharacters.escaped(text) }
}
