import KefuCore

/// The sentences of merges, syncs and remotes, in every language Kefu speaks: one table per
/// language (`SyncMessages+English.swift`, `SyncMessages+Chinese.swift`), and the keys in `MessageKey+Sync.swift`.
public enum SyncMessages: MessageDomain {
    public static func table(for language: Language) -> [MessageKey: String] {
        switch language {
        case .english: english
        case .chinese: chinese
        }
    }
}
