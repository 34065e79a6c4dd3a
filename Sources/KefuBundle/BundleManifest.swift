import Foundation
import KefuCore

/// `bundle.yaml`: the bundle's identity and version, plus its settings item.
///
/// `id` and `version` describe this copy of the bundle (which shop it is, how often it was
/// published) and are kept out of the settings item, so two shops' bundles merge by their settings.
public struct BundleManifest: Hashable, Sendable {
    /// The bundle format version this code reads and writes.
    public static let currentFormat = 1

    /// The stable bundle id written by `kefu init`.
    public var bundleID: UUID
    /// Bumped by push and export; never edited by hand.
    public var version: Int
    /// Name, platform, locales, welcome, fallback and thresholds, as an item of kind `bundle`.
    public var settings: BundleItem

    public init(bundleID: UUID, version: Int, settings: BundleItem) {
        self.bundleID = bundleID
        self.version = version
        self.settings = settings
    }

    /// The keys of bundle.yaml that are not settings.
    static let headerKeys = ["format", "id", "version"]
}
