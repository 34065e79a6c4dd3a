import Foundation
import Hummingbird
import KefuChat
import KefuCore
import KefuEngine

/// `/chat`: the test buyer. Who the buyer is (id, tags, product, language), the conversation with each
/// reply's badge, and the *why* panel of the last reply laid out as the REPL's `:why`, each item a link
/// to its page. Reset starts over; save keeps the conversation as a test in `tests/`.
struct ChatPage: Sendable {
    let desk: ConsoleDesk
    let pages: ConsolePages

    func add(to router: Router<ConsoleRequestContext>) {
        router.get("/chat") { _, context in try show(context) }
        router.post("/chat") { _, context in
            let visitor = try context.signedIn
            if let text = context.form["message"], !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                do {
                    try visitor.chat.send(text)
                } catch {
                    visitor.say(.problem(error, in: context.language))
                }
            }
            return ConsolePages.redirect("/chat#last")
        }
        router.post("/chat/buyer") { _, context in
            let visitor = try context.signedIn
            let tags = context.field("tags")?.split(whereSeparator: { $0 == "," || $0 == "，" || $0 == " " })
                .map(String.init)
            let profile = ChatProfile(
                buyer: context.field("buyer"), tags: tags, product: context.field("product"),
                locale: context.field("locale"))
            visitor.chat.setProfile(profile)
            let described = [profile.buyer, profile.tags?.joined(separator: ","), profile.product, profile.locale]
                .compactMap { $0 }.joined(separator: " · ")
            visitor.say(.done(pages.strings.text("buyerSet", context.language, described.isEmpty ? "-" : described)))
            return ConsolePages.redirect("/chat")
        }
        router.post("/chat/reset") { _, context in
            try context.signedIn.chat.reset()
            return ConsolePages.redirect("/chat")
        }
        router.post("/chat/save") { _, context in
            let visitor = try context.signedIn
            guard let name = context.field("name"), !name.contains(where: \.isWhitespace) else {
                visitor.say(.problem(pages.strings.text("chatSaveNeedsName", context.language)))
                return ConsolePages.redirect("/chat")
            }
            for event in visitor.chat.command(":save \(name)") {
                switch event {
                case .notice(let message): visitor.say(.done(message.text(in: context.language)))
                case .problem(let message): visitor.say(.problem(message.text(in: context.language)))
                default: break
                }
            }
            return ConsolePages.redirect("/chat")
        }
    }

    private func show(_ context: ConsoleRequestContext) throws -> Response {
        let chat = try context.signedIn.chat.snapshot
        let language = context.language
        var turns: [[String: Any]] = chat.welcome.map { ["fromBuyer": false, "text": $0, "hasBadge": false] }
        for (index, exchange) in chat.exchanges.enumerated() {
            turns.append(["fromBuyer": true, "text": exchange.message.text])
            turns.append([
                "fromBuyer": false, "text": exchange.reply.reply ?? "", "badge": exchange.reply.badge, "hasBadge": true,
                "silent": exchange.reply.reply == nil, "decision": exchange.reply.decision.rawValue,
                "last": index == chat.exchanges.count - 1,
            ])
        }
        var data: [String: Any] = [
            "turns": turns, "profileBuyer": chat.profile.buyer ?? "",
            "profileTags": (chat.profile.tags ?? []).joined(separator: ","),
            "profileProduct": chat.profile.product ?? "",
            "profileLocale": chat.profile.locale ?? "",
        ]
        for (name, values) in Self.choices(shop: chat.shop, locales: chat.locales) { data[name] = values }
        if let reply = chat.exchanges.last?.reply {
            data["why"] = Self.why(Explanation(of: reply), language: language)
        }
        return pages.page(
            "chat", title: pages.strings.text("navChat", language), section: "/chat", data: data, context: context)
    }

    /// What the buyer pickers offer (any other value can be typed): the buyers and products of the shop
    /// data the chat answers from, and the bundle's languages.
    private static func choices(shop: ShopDataTables, locales: [String]) -> [String: [[String: String]]] {
        [
            "buyerChoices": shop.buyerIDs.map { ["value": $0, "label": shop.buyer(id: $0)?["tags"] ?? ""] },
            "productChoices": shop.productSKUs.map { ["value": $0, "label": shop.product(sku: $0)?["title"] ?? ""] },
            "localeChoices": locales.map { ["value": $0, "label": ""] },
        ]
    }

    /// The explanation as the template lays it out: a headline, then titled sections of lines.
    static func why(_ explanation: Explanation, language: Language) -> [String: Any] {
        [
            "headline": line(explanation.headline, language: language),
            "sections": explanation.sections.map { section in
                [
                    "title": section.title.text(in: language),
                    "lines": section.lines.map { line($0, language: language) },
                ]
            },
        ]
    }

    private static func line(_ line: ExplanationLine, language: Language) -> [String: Any] {
        var fields: [String: Any] = ["text": line.text.text(in: language), "tone": "\(line.tone)"]
        if let location = line.location { fields["at"] = location }
        if let item = line.item { fields["link"] = KnowledgePage.path(of: item) }
        return fields
    }
}
