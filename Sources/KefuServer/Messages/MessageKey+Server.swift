import KefuCore

/// The keys of ServerMessages.
extension MessageKey {
    public static let httpLogFailed = MessageKey("httpLogFailed", in: ServerMessages.self)
    public static let httpCannotListen = MessageKey("httpCannotListen", in: ServerMessages.self)
    public static let httpTokenBeyondLoopback = MessageKey("httpTokenBeyondLoopback", in: ServerMessages.self)
    public static let httpServerFailed = MessageKey("httpServerFailed", in: ServerMessages.self)
    public static let httpBadState = MessageKey("httpBadState", in: ServerMessages.self)
    public static let httpBadRating = MessageKey("httpBadRating", in: ServerMessages.self)
    public static let httpBadTicketID = MessageKey("httpBadTicketID", in: ServerMessages.self)
    public static let httpNoSession = MessageKey("httpNoSession", in: ServerMessages.self)
    public static let httpNoRoute = MessageKey("httpNoRoute", in: ServerMessages.self)
    public static let httpUnauthorized = MessageKey("httpUnauthorized", in: ServerMessages.self)
    public static let httpUnknownField = MessageKey("httpUnknownField", in: ServerMessages.self)
    public static let httpBodyTooLarge = MessageKey("httpBodyTooLarge", in: ServerMessages.self)
}
