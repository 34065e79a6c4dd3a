import KefuCore

extension Engine {
    /// `reply` rendered for `session` outside the pipeline (a reminder, a suggestion for a person): the
    /// text, and the data it needs that the session does not have (a reply missing any is not one to send).
    public func rendered(_ reply: Reply, in session: SessionState, context: AnswerContext) -> (
        text: String?, missing: [String]
    ) {
        let rendered = renderer.render(
            reply, locale: locale(of: session), variables: variables(for: session, context: context))
        return (rendered.text, rendered.missing)
    }
}
