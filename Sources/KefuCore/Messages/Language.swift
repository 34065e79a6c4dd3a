/// The language the tool speaks to its user. Bundle content is never translated; only Kefu's own words.
public enum Language: String, CaseIterable, Sendable {
    case english = "en"
    case chinese = "zh-CN"

    /// The language asked for by `--lang`, else `KEFU_LANG`, `LC_ALL`, `LC_MESSAGES` or `LANG`:
    /// Chinese for any `zh…` value, English otherwise.
    public static func resolve(explicit: String? = nil, environment: [String: String]) -> Language {
        let candidates = [
            explicit, environment["KEFU_LANG"], environment["LC_ALL"], environment["LC_MESSAGES"],
            environment["LANG"],
        ]
        guard let chosen = candidates.compactMap({ $0 }).first(where: { !$0.isEmpty }) else { return .english }
        return chosen.lowercased().hasPrefix("zh") ? .chinese : .english
    }

    /// Whether `tag` names a language kefu speaks (`en`, `en-US`, `zh`, `zh-CN`, `zh_TW.UTF-8`, …).
    public static func isSupported(_ tag: String) -> Bool {
        let language = tag.lowercased().prefix { $0.isLetter }
        return language == "en" || language == "zh"
    }
}
