/// Budgets on a reply text's Mustache, checked when a bundle is loaded (so `sync`, `import`, `pull` and
/// `check` refuse it with a located error) and again before a text is parsed: the parser recurses once
/// per nested section, and 3,000 nested sections overflow the stack of whatever parses them.
public enum MustacheLimits {
    /// Sections inside sections (`{{#a}}{{#b}}…`): a seller's template uses two or three.
    public static let maximumDepth = 16
    /// A reply text's size; a chat reply is a few hundred bytes.
    public static let maximumBytes = 16 * 1024

    /// What is wrong with `text` against the budgets, or `nil`. A set-delimiter tag (`{{=<% %>=}}`) is
    /// refused too: after it, sections would hide from this count.
    public static func problem(in text: String) -> Message? {
        guard text.utf8.count <= maximumBytes else { return Message(.templateTooLarge, maximumBytes / 1024) }
        guard text.contains("{{") else { return nil }
        var depth = 0
        var rest = Substring(text)
        while let open = rest.range(of: "{{") {
            let tag = rest[open.upperBound...]
            switch tag.first {
            case "#", "^", "$", "<":
                depth += 1
                if depth > maximumDepth { return Message(.templateTooDeep, maximumDepth) }
            case "/":
                depth = max(0, depth - 1)
            case "=":
                return Message(.templateDelimiters)
            default:
                break
            }
            rest = tag
        }
        return nil
    }
}
