import KefuCore

/// A command refused before it changed anything (`:save` to a name that is taken), with what to do.
struct ChatRefusal: Error {
    let message: Message
}
