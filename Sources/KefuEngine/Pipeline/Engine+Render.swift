import KefuCore

extension Engine {
    /// `reply` rendered for `session` outside a conversation (a reminder the shop sends first): the text,
    /// or the data it needs and the session does not have.
    public func rendered(_ reply: Reply, in session: SessionState, context: AnswerContext) -> (
        text: String?, missing: [String]
    ) {
        let rendered = renderer.render(
            reply, locale: locale(of: session), variables: variables(for: session, context: context))
        return (rendered.missing.isEmpty ? rendered.text : nil, rendered.missing)
    }
}
