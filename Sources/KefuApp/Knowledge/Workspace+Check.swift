import Foundation
import KefuBundle
import KefuCore
import KefuEngine
import KefuQuality

extension Workspace {
    /// What `kefu check` finds in the folder at `now`: every file validated, then the lints, which read
    /// the items as the engine does (they run whenever the items decode, so one pass shows a missing
    /// template next to everything else). Sorted by file and line; with the number of items read.
    public func checkFindings(now: Date) throws -> (diagnostics: [Diagnostic], items: Int) {
        let bundle = try BundleLoader().loadBundle(at: root)
        var diagnostics = bundle.warnings + BundleValidator().validate(bundle)
        if let content = try? EngineContent(records: bundle.contentRecords()) {
            diagnostics += BundleLinter(
                content: content, columns: try shopDataColumns(), now: now, timeZone: content.settings.timeZone
            ).lint()
        }
        return (diagnostics.sorted(), bundle.items.count)
    }
}
