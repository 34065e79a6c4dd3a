import Foundation

/// One line typed in the REPL: a buyer message, or one of the REPL's commands.
enum ChatInput: Equatable {
    case message(String)
    case command(ChatCommandName, argument: String)
    case unknownCommand(String)

    /// Reads a line. A command is a colon and a word at the very start (`:why`, `:find 尺码`); a
    /// buyer's `:)` or `:-(` stays a message, and `::` sends a message that starts with a colon.
    init(line: String) {
        guard line.hasPrefix(":") else {
            self = .message(line)
            return
        }
        if line.hasPrefix("::") {
            self = .message(String(line.dropFirst()))
            return
        }
        let body = line.dropFirst()
        let word = body.prefix { !$0.isWhitespace }
        guard !word.isEmpty, word.allSatisfy({ $0.isASCII && ($0.isLetter || $0 == "?") }) else {
            self = .message(line)
            return
        }
        let argument = body.dropFirst(word.count).trimmingCharacters(in: .whitespaces)
        let name = word.lowercased()
        if let command = ChatCommandName(rawValue: name) ?? ChatCommandName.aliases[name] {
            self = .command(command, argument: argument)
        } else {
            self = .unknownCommand(name)
        }
    }
}
