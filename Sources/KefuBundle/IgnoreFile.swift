import Foundation
import KefuCore

/// The `.gitignore` every new bundle folder gets (from `kefu init`, `kefu import` and `kefu clone`):
/// the local store and open conflicts are each person's own and never go into a shared repository.
public enum IgnoreFile {
    /// The bundle-relative path.
    public static let path = ".gitignore"

    /// The file's text, its comments in `language`.
    public static func text(in language: Language) -> String {
        Message(.gitignoreText).text(in: language)
    }

    /// Writes the file atomically into `root`, its comments in the language of whoever runs kefu.
    public static func write(in root: URL) throws {
        let language = Language.resolve(environment: ProcessInfo.processInfo.environment)
        try AtomicFile.write(text(in: language), to: root.appending(path: path))
    }
}
