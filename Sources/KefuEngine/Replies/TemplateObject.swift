import Mustache

/// A group of template variables (`shop`, `buyer`, `order`, `product`, and the whole set) as Mustache
/// sees it: its values by name (`{{buyer.level}}`, `{{#order}}…{{/order}}`), but nothing when printed
/// itself. Mustache prints a plain dictionary with `String(describing:)`, so `{{buyer}}` or `{{.}}`
/// would have sent a buyer every column of their row, and `{{.}}` repeated made a reply many times
/// longer than its template (found by the template fuzzer).
///
/// A name with no value, or an empty one, is a `TemplateGap`: a variable is never printed as an empty
/// string. Inside a group, a name the group does not have that names a top-level variable is left to
/// Mustache's lookup in the enclosing sections (`{{shop.name}}` inside `{{#order}}`).
struct TemplateObject: MustacheParent, MustacheCustomRenderable {
    let values: [String: Any]
    /// Where this group is (`[]` for the whole set).
    var path: [String] = []

    /// The top-level names (Documentation/BundleFormat.md, "Template variables").
    static let topLevelNames: Set<String> = [
        "shop", "buyer", "order", "product", "size", "quantity", "height", "weight", "recommended_size", "entities",
    ]

    func child(named name: String) -> Any? {
        switch values[name] {
        case let group as [String: Any]: TemplateObject(values: group, path: path + [name])
        case let group as [String: String]: TemplateObject(values: group, path: path + [name])
        case let text as String where text.allSatisfy(\.isWhitespace): TemplateGap(path: path + [name])
        case .some(let value): value
        case .none: path.isEmpty || !Self.topLevelNames.contains(name) ? TemplateGap(path: path + [name]) : nil
        }
    }

    var renderText: String { "" }
    var isNull: Bool { false }
}
