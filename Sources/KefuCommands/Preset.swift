import ArgumentParser
import KefuCore

/// The platforms `kefu init --preset` starts from.
enum Preset: String, CaseIterable, ExpressibleByArgument {
    case taobao, tmall
    case alibaba1688 = "1688"
    case douyin, aliexpress, generic

    /// The locales a new bundle for this platform lists; the first is the default.
    var locales: [String] {
        switch self {
        case .aliexpress: ["en", "es", "fr", "ru", "pt", "zh-CN"]
        default: ["zh-CN"]
        }
    }
}
