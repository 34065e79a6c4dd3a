import KefuCore
import Testing

@Suite struct ValueParsingTests {
    @Test(arguments: [
        ("2026-11-01", "2026-11-01"), ("2026-11-10 20:00", "2026-11-10 20:00"),
        ("2026-11-10T20:00:05", "2026-11-10 20:00:05"),
        ("2028-02-29", "2028-02-29"),
    ])
    func readsDates(_ text: String, _ canonical: String) {
        #expect(BundleDate(parsing: text)?.description == canonical)
    }

    @Test(arguments: ["2026-13-01", "2026-02-30", "2027-02-29", "26-11-01", "2026-11-01 25:00", "tomorrow", ""])
    func rejectsBadDates(_ text: String) {
        #expect(BundleDate(parsing: text) == nil)
    }

    @Test func ordersDates() throws {
        let day = try #require(BundleDate(parsing: "2026-11-11"))
        let evening = try #require(BundleDate(parsing: "2026-11-11 20:00"))
        #expect(day < evening)
    }

    @Test(arguments: [("zh-cn", "zh-CN"), ("EN", "en"), ("pt_br", "pt-BR"), ("zh-hant-tw", "zh-Hant-TW")])
    func normalisesLocaleTags(_ text: String, _ canonical: String) {
        #expect(LocaleTag(parsing: text)?.description == canonical)
    }

    @Test(arguments: ["", "chinese", "1", "zh--CN", "中文"])
    func rejectsBadLocaleTags(_ text: String) {
        #expect(LocaleTag(parsing: text) == nil)
    }

    @Test func readsWorkingHoursAcrossMidnight() throws {
        let hours = try #require(WorkingHours(parsing: "09:00-12:00, 22:00-02:00"))
        #expect(hours.description == "09:00-12:00, 22:00-02:00")
        #expect(hours.contains(minuteOfDay: 10 * 60))
        #expect(!hours.contains(minuteOfDay: 13 * 60))
        #expect(hours.contains(minuteOfDay: 23 * 60))
        #expect(hours.contains(minuteOfDay: 60))
        #expect(WorkingHours(parsing: "9-23") == nil)
        #expect(WorkingHours(parsing: "09:00-09:00") == nil)
    }
}
