/// One line of `kefu serve --stdio` input (Documentation/Engine.md): only `text` is required.
struct ServeRequest: Decodable {
    var session: String?
    var text: String
    var buyer: String?
    var product: String?
    var locale: String?
    var type: String?
}
