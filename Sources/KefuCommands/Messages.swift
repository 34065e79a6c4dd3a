import Foundation
import KefuCore

/// Catalog texts for the parts of the command line that exist before any option is read (help).
enum Messages {
    /// The language from the environment, used for `--help`.
    static var environmentLanguage: Language {
        Language.resolve(environment: ProcessInfo.processInfo.environment)
    }

    static func text(_ key: MessageKey) -> String {
        Message(key).text(in: environmentLanguage)
    }
}
