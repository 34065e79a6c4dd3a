import Foundation

/// Words for a person: a catalog key and its arguments, rendered in the reader's language only when shown.
///
/// Libraries return messages, never rendered strings, so that one diagnostic reads in Chinese or
/// English depending on who runs the command.
public struct Message: Hashable, Sendable, CustomStringConvertible {
    /// An argument: literal text (a file name, an id) or another catalog entry (a type's name).
    public enum Argument: Hashable, Sendable {
        case text(String)
        case message(MessageKey)
    }

    public let key: MessageKey
    public let arguments: [Argument]

    public init(_ key: MessageKey, _ arguments: any MessageArgumentConvertible...) {
        self.key = key
        self.arguments = arguments.map(\.messageArgument)
    }

    public init(_ key: MessageKey, arguments: [Argument]) {
        self.key = key
        self.arguments = arguments
    }

    /// The message in `language`, with `{0}`, `{1}`, … replaced by the arguments.
    public func text(in language: Language) -> String {
        let values = arguments.map { argument in
            switch argument {
            case .text(let literal): literal
            case .message(let nested): MessageCatalog.template(for: nested, in: language)
            }
        }
        return Self.fill(MessageCatalog.template(for: key, in: language), with: values)
    }

    /// `template` with `{0}`, `{1}`, … replaced by `values` and `{N|one|other}` by the word for value
    /// N's count: the catalogs' syntax, for the tables that are not catalogs (the console's).
    public static func fill(_ template: String, with values: [String]) -> String {
        // One pass over the template: `check` renders thousands of these.
        var text = ""
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{") {
            text += rest[..<open]
            let afterOpen = rest.index(after: open)
            if let close = rest[afterOpen...].firstIndex(of: "}"),
                let value = placeholder(rest[afterOpen..<close], values: values)
            {
                text += value
                rest = rest[rest.index(after: close)...]
            } else {
                text += "{"
                rest = rest[afterOpen...]
            }
        }
        return text + rest
    }

    /// What `{N}` stands for: argument N; or, written `{N|one|other}`, the word for argument N's count
    /// (`{1} {1|item|items}`), so English says "1 item" and "2 items" and languages without plurals
    /// need none. `nil` when it is neither.
    private static func placeholder(_ inside: Substring, values: [String]) -> String? {
        let parts = inside.split(separator: "|", omittingEmptySubsequences: false)
        guard let index = parts.first.flatMap({ Int($0) }), values.indices.contains(index) else { return nil }
        switch parts.count {
        case 1: return values[index]
        case 3: return String(values[index] == "1" ? parts[1] : parts[2])
        default: return nil
        }
    }

    /// English, for logs and debugging; people see `text(in:)`.
    public var description: String { text(in: .english) }
}

/// Values that can stand as a message argument.
public protocol MessageArgumentConvertible {
    var messageArgument: Message.Argument { get }
}

extension String: MessageArgumentConvertible {
    public var messageArgument: Message.Argument { .text(self) }
}

extension Int: MessageArgumentConvertible {
    public var messageArgument: Message.Argument { .text(String(self)) }
}

extension Int64: MessageArgumentConvertible {
    public var messageArgument: Message.Argument { .text(String(self)) }
}

extension MessageKey: MessageArgumentConvertible {
    public var messageArgument: Message.Argument { .message(self) }
}
