import Foundation
import KefuBundle
import KefuCore
import KefuEngine
import KefuTestSupport

/// The test shop of `Fixtures/shop` (a women's clothing shop on Taobao, 41 FAQs, rules, templates,
/// lexicons, agents and shop data), loaded the way `kefu` loads a bundle.
enum EngineFixture {
    static let folder = URL(filePath: #filePath).deletingLastPathComponent().appending(path: "Fixtures")
    static let shopFolder = FixtureShop.folder

    /// 2026-12-01 10:00 in Shanghai: everyone on duty, the Double 11 rule expired.
    static let morning = date("2026-12-01T10:00:00+08:00")
    /// 2026-12-01 03:00 in Shanghai: nobody on duty.
    static let night = date("2026-12-01T03:00:00+08:00")
    static let shanghai = TimeZone(identifier: "Asia/Shanghai") ?? .current

    static let content: EngineContent = {
        do {
            let bundle = try BundleLoader().loadBundle(at: shopFolder)
            return try EngineContent(records: bundle.contentRecords())
        } catch {
            preconditionFailure("the fixture shop must load: \(error)")
        }
    }()

    static let engine = Engine(content: content)

    static let shop = FixtureShop.shopData()

    static func context(at now: Date = morning, load: [ItemID: Int] = [:]) -> AnswerContext {
        AnswerContext(shop: shop, now: now, timeZone: shanghai, agentLoad: load, trace: true)
    }

    /// Answers `text` in a fresh session (or `session`), with the fixture's shop data.
    static func ask(
        _ text: String, buyer: String? = nil, product: String? = nil, type: MessageType = .text, at now: Date = morning,
        engine: Engine = engine
    ) -> EngineReply {
        var session = SessionState(id: "test", buyer: buyer, product: product)
        return engine.answer(IncomingMessage(text, type: type), in: &session, context: context(at: now))
    }

    private static func date(_ text: String) -> Date {
        (try? Date(text, strategy: .iso8601)) ?? Date(timeIntervalSince1970: 0)
    }
}
