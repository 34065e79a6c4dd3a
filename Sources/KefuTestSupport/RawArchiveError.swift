/// libarchive would not write what a test asked for.
public enum RawArchiveError: Error {
    case libarchive(String)
}
