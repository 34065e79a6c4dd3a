/// The kinds of long work kefu reports (`ProgressReporter`).
public enum ProgressTask: String, Sendable, CaseIterable {
    /// Bundle files read, hashed and parsed by a sync.
    case readingFiles
    /// Questions given to the sentence model while the engine is compiled.
    case embeddingQuestions
    /// Questions the FAQ classifier has learned from, over its epochs, while the engine is compiled.
    case learningQuestions
    /// Bundle files rendered from the store for an archive.
    case writingArchive
    /// An archive's files parsed and checked before they are merged.
    case checkingArchive
}
