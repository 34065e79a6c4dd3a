import Foundation
import Hummingbird
import KefuCore
import Mustache

/// The console's pages: each a Mustache template (compiled into the binary) rendered on the server
/// inside the layout, which carries the navigation, the language and the CSRF token. Mustache escapes
/// every `{{value}}`, so buyer and seller text is always text; the layout alone takes the page's
/// already-rendered HTML with `{{{body}}}`.
struct ConsolePages: Sendable {
    let library: MustacheLibrary
    let strings: ConsoleStrings
    /// The shop's name as the bundle says now.
    let shopName: @Sendable () -> String

    /// The sections in the navigation, in order: path and the key of their name.
    static let sections = [
        ("/chat", "navChat"), ("/knowledge", "navKnowledge"), ("/conflicts", "navConflicts"),
        ("/insight", "navInsight"), ("/tickets", "navTickets"), ("/team", "navTeam"),
    ]

    init(shopName: @escaping @Sendable () -> String) throws {
        var library = MustacheLibrary()
        for (name, bytes) in Self.templates {
            try library.register(String(decoding: bytes, as: UTF8.self), named: name)
        }
        self.library = library
        strings = try ConsoleStrings()
        self.shopName = shopName
    }

    static let templates: [(String, [UInt8])] = [
        ("layout", PackageResources.layout_mustache), ("refusal", PackageResources.refusal_mustache),
        ("chat", PackageResources.chat_mustache), ("knowledge", PackageResources.knowledge_mustache),
        ("item", PackageResources.item_mustache), ("conflicts", PackageResources.conflicts_mustache),
        ("conflict", PackageResources.conflict_mustache), ("insight", PackageResources.insight_mustache),
        ("tickets", PackageResources.tickets_mustache), ("ticket", PackageResources.ticket_mustache),
        ("team", PackageResources.team_mustache),
    ]

    /// `template` rendered with `data` inside the layout, in the request's language.
    func page(
        _ template: String, title: String, section: String? = nil, data: [String: Any],
        context: ConsoleRequestContext, status: HTTPResponse.Status = .ok
    ) -> Response {
        let words = strings.table(context.language)
        var data = data
        data["t"] = words
        if let visitor = context.visitor { data["csrf"] = visitor.csrf }
        let body = library.render(data, withTemplate: template) ?? ""
        var layout: [String: Any] = [
            "t": words, "title": title, "shop": shopName(), "body": body,
            "lang": context.language == .chinese ? "zh-CN" : "en",
        ]
        if context.visitor != nil {
            layout["signedIn"] = true
            layout["nav"] = Self.sections.map { path, key in
                ["path": path, "name": words[key] ?? key, "current": path == section]
            }
        }
        if let flash = context.visitor?.takeFlash() { layout["flash"] = flash.fields }
        let html = library.render(layout, withTemplate: "layout") ?? ""
        return Response(
            status: status,
            headers: [.contentType: "text/html; charset=utf-8", .cacheControl: "no-store"],
            body: ResponseBody(byteBuffer: ByteBuffer(string: html)))
    }

    /// A page that only says why a request was refused.
    func refusal(_ status: HTTPResponse.Status, _ key: String, context: ConsoleRequestContext) -> Response {
        page(
            "refusal", title: strings.text("refusedTitle", context.language),
            data: ["reason": strings.text(key, context.language)], context: context, status: status)
    }

    /// After a change: the page to show next (POST, then redirect, so a reload never repeats it).
    static func redirect(_ path: String) -> Response {
        Response(status: .seeOther, headers: [.location: path])
    }
}
