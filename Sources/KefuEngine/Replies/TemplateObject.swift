import Mustache

/// A group of template variables (`shop`, `buyer`, `order`, `product`, and the whole set) as Mustache
/// sees it: its values by name (`{{buyer.level}}`, `{{#order}}…{{/order}}`), but nothing when printed
/// itself. Mustache prints a plain dictionary with `String(describing:)`, so `{{buyer}}` or `{{.}}`
/// would have sent a buyer every column of their row, and `{{.}}` repeated made a reply many times
/// longer than its template (found by the template fuzzer).
struct TemplateObject: MustacheParent, MustacheCustomRenderable {
    let values: [String: Any]

    func child(named name: String) -> Any? {
        switch values[name] {
        case let group as [String: Any]: TemplateObject(values: group)
        case let group as [String: String]: TemplateObject(values: group)
        case let value: value
        }
    }

    var renderText: String { "" }
    var isNull: Bool { false }
}
