/// Why an archive was refused. Nothing is read past the first refusal, and nothing is written.
public enum ArchiveRefusal: Error, Equatable, Sendable {
    case absolutePath(String)
    case parentComponent(String)
    case link(String)
    case specialFile(String)
    case duplicateName(String)
    /// Two names that differ only in case or Unicode normalisation, which collide on many disks.
    case collidingNames(String, String)
    case outsideLayout(String)
    case nestedArchive(String)
    case encrypted(String)
    case tooManyEntries(limit: Int)
    case entryTooLarge(String, limit: Int)
    case tooLarge(limit: Int)
    case expansionRatio(limit: Int)
    case pathTooLong(String, limit: Int)
    case corrupt(String)
}
