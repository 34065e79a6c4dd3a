import Foundation
import KefuCore

/// A browser signed in with the login token: its session cookie's id, the CSRF token every change
/// must carry, its test-buyer chat, and the one-line result of its last change, shown on the page it
/// is sent to next.
final class ConsoleVisitor: @unchecked Sendable {
    let id: String
    let csrf: String
    let chat: ConsoleChat
    private let lock = NSLock()
    private var flash: ConsoleFlash?

    init(chat: ConsoleChat) {
        id = ConsoleSecret.make()
        csrf = ConsoleSecret.make()
        self.chat = chat
    }

    func say(_ flash: ConsoleFlash) { lock.withLock { self.flash = flash } }

    /// The result to show once, then forget.
    func takeFlash() -> ConsoleFlash? {
        lock.withLock {
            defer { flash = nil }
            return flash
        }
    }
}
