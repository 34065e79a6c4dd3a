import ArgumentParser
import KefuCore

/// The platforms `kefu init --preset` starts from; each is a folder under `Bundles/` (`PresetLibrary`).
enum Preset: String, CaseIterable, ExpressibleByArgument {
    case taobao, tmall
    case alibaba1688 = "1688"
    case douyin, aliexpress, generic

}
