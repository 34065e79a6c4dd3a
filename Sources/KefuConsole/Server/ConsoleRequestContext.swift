import Hummingbird
import KefuCore

/// A console request as the gate leaves it: who is signed in, the form fields of a change (already
/// checked against the CSRF token) and the language the pages speak.
struct ConsoleRequestContext: RequestContext {
    var coreContext: CoreRequestContextStorage
    var visitor: ConsoleVisitor?
    var form: [String: String] = [:]
    var language: Language = .english

    init(source: ApplicationRequestContextSource) { coreContext = .init(source: source) }

    /// The signed-in visitor; the gate lets no page through without one.
    var signedIn: ConsoleVisitor {
        get throws {
            guard let visitor else { throw HTTPError(.unauthorized) }
            return visitor
        }
    }

    /// The item a route's `:kind/:id` names; 404 for a kind or id that cannot be one.
    func itemKey() throws -> ItemKey {
        guard let kind = ItemKind(rawValue: try parameters.require("kind")),
            let id = ItemID(try parameters.require("id"))
        else { throw HTTPError(.notFound) }
        return ItemKey(kind: kind, id: id)
    }

    /// A form field, trimmed; nil when missing or empty.
    func field(_ name: String) -> String? {
        guard let value = form[name]?.trimmingCharacters(in: .whitespacesAndNewlines), !value.isEmpty else {
            return nil
        }
        return value
    }
}
