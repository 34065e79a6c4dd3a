import KefuCore

/// The REPL's own commands, typed after a colon (`:why`). Every other line is a buyer message.
public enum ChatCommandName: String, CaseIterable, Sendable {
    case help, why, trace
    case `as`, tags, product, lang, image
    case reset, handoffs, find, open, reload, save, quit

    /// Other names people reach for.
    static let aliases: [String: ChatCommandName] = ["q": .quit, "exit": .quit, "h": .help, "?": .help]

    /// How the command is typed, for `:help`.
    public var usage: String {
        switch self {
        case .help: ":help [COMMAND]"
        case .why: ":why"
        case .trace: ":trace on|off"
        case .as: ":as [BUYER]"
        case .tags: ":tags [vip,new]"
        case .product: ":product [SKU]"
        case .lang: ":lang [LOCALE]"
        case .image: ":image"
        case .reset: ":reset"
        case .handoffs: ":handoffs"
        case .find: ":find TEXT"
        case .open: ":open"
        case .reload: ":reload"
        case .save: ":save NAME"
        case .quit: ":quit"
        }
    }

    /// What the command does, one line in the catalog.
    public var summary: MessageKey {
        switch self {
        case .help: .chatHelpHelp
        case .why: .chatHelpWhy
        case .trace: .chatHelpTrace
        case .as: .chatHelpAs
        case .tags: .chatHelpTags
        case .product: .chatHelpProduct
        case .lang: .chatHelpLang
        case .image: .chatHelpImage
        case .reset: .chatHelpReset
        case .handoffs: .chatHelpHandoffs
        case .find: .chatHelpFind
        case .open: .chatHelpOpen
        case .reload: .chatHelpReload
        case .save: .chatHelpSave
        case .quit: .chatHelpQuit
        }
    }
}
