import Foundation

/// The one-time login token `kefu console` prints and the browsers signed in with it. The token works
/// once: whoever opens the printed address first gets the session cookie, and a copy of the address
/// seen later (in a shell history, on a screen share) opens nothing.
final class ConsoleVisitors: @unchecked Sendable {
    private let lock = NSLock()
    private var loginToken: String?
    private var visitors: [String: ConsoleVisitor] = [:]
    private let makeChat: @Sendable () throws -> ConsoleChat

    init(makeChat: @escaping @Sendable () throws -> ConsoleChat) {
        self.makeChat = makeChat
    }

    /// A new login token, replacing any unused one.
    func issueLoginToken() -> String {
        let token = ConsoleSecret.make()
        lock.withLock { loginToken = token }
        return token
    }

    /// Signs a browser in with `token`, which is then spent; nil for a wrong or spent token.
    func signIn(with token: String) throws -> ConsoleVisitor? {
        let valid = lock.withLock { () -> Bool in
            guard let expected = loginToken, ConsoleSecret.matches(token, expected) else { return false }
            loginToken = nil
            return true
        }
        guard valid else { return nil }
        let visitor = ConsoleVisitor(chat: try makeChat())
        lock.withLock { visitors[visitor.id] = visitor }
        return visitor
    }

    /// The visitor whose session cookie holds `id`.
    func visitor(id: String) -> ConsoleVisitor? {
        lock.withLock { visitors.first { ConsoleSecret.matches(id, $0.key) }?.value }
    }
}
