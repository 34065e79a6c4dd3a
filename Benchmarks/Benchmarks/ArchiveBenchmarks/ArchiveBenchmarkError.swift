/// A benchmark ran before its setup.
enum ArchiveBenchmarkError: Error {
    case notPrepared
}
