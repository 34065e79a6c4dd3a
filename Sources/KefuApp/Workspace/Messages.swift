import Foundation
import KefuCore

/// Catalog texts for the parts of the command line that exist before any option is read (help).
public enum Messages {
    /// The language from the environment, used for `--help`.
    public static var environmentLanguage: Language {
        Language.resolve(environment: ProcessInfo.processInfo.environment)
    }

    public static func text(_ key: MessageKey) -> String {
        Message(key).text(in: environmentLanguage)
    }

    /// `message` in the language of the environment.
    public static func text(_ message: Message) -> String {
        message.text(in: environmentLanguage)
    }
}
