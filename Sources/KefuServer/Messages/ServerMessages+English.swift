import KefuCore

extension ServerMessages {
    /// English (en).
    static let english: [MessageKey: String] = [
        .httpLogFailed:
            "the conversation log could not be written ({0}): the replies were sent, but kefu report will miss them; free some disk space",
        .httpCannotListen: "cannot listen on {0}: {1}; pick another --port (0 picks a free one) or stop what uses it",
        .httpTokenBeyondLoopback:
            "--no-token is only allowed on loopback: {0} can be reached from other machines, so every request must carry the token",
        .httpServerFailed: "kefu could not answer: {0}",
        .httpBadState: "unknown ticket state \"{0}\"; known: open, claimed, closed, active",
        .httpBadRating: "\"rating\" must be 1 to 5, \"helpful\" or \"unhelpful\"",
        .httpBadTicketID: "\"{0}\" is not a ticket number",
        .httpNoSession: "there is no session {0}",
        .httpNoRoute: "no route {0} {1}: Documentation/HTTP.md lists the routes",
        .httpUnauthorized:
            "this route needs the bearer token: send \"Authorization: Bearer TOKEN\" (the token is in .kefu/token, or KEFU_TOKEN)",
        .httpUnknownField: "unknown field \"{0}\"; known fields: {1}",
        .httpBodyTooLarge: "the request body is larger than {0} bytes: send one message per request",
    ]
}
