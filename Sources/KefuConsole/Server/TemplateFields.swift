/// Mustache treats an empty string as a value (a `{{#name}}` section shows), so the fields a template
/// tests are left out when empty instead.
enum TemplateFields {
    static func dropEmpty(_ fields: [String: Any]) -> [String: Any] {
        fields.filter { ($0.value as? String)?.isEmpty != true }
    }
}
