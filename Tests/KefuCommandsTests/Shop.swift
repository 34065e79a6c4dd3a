import Foundation
import KefuBundle
import KefuStore
import KefuSync
import KefuTestSupport
import Testing

/// A shop's working folder driven through the built `kefu`, with colleagues whose edits reach its
/// store the way a pull brings them (through `SourceMerge`, as `kefu pull` will).
final class Shop {
    let folder: TemporaryFolder
    private var colleagues: [String: TemporaryFolder] = [:]

    init() throws {
        folder = try TemporaryFolder("shop")
        try expectSuccess(kefu(["init", "--preset", "taobao", "--name", "示例女装店"]))
        try folder.write([
            "faq/faq.yaml": """
            - id: shipping-time
              question: 什么时候发货?
              similar: [多久发货, 几天能发出]
              answer: 亲,付款后48小时内发货~
              intent: logistics
            - id: return-policy
              question: 支持七天无理由退货吗?
              similar: [能退货吗, 七天无理由]
              answer: 支持7天无理由退换,商品需保持完好~
              intent: aftersale

            """
        ])
        try expectSuccess(kefu(["sync"]))
    }

    var root: URL { folder.url }

    @discardableResult
    func kefu(_ arguments: [String], as author: String = "小王") throws -> KefuBinary.Result {
        try KefuBinary.run(arguments, in: root, environment: ["KEFU_AUTHOR": author])
    }

    func expectSuccess(_ result: KefuBinary.Result, sourceLocation: SourceLocation = #_sourceLocation) throws {
        #expect(result.status == 0, "\(result.standardError)", sourceLocation: sourceLocation)
    }

    /// A colleague's copy of the shop's bundle, as it is now (the way a clone starts).
    func colleague(_ name: String) throws -> TemporaryFolder {
        let copy = try TemporaryFolder(name)
        for (path, data) in try folder.snapshot() { try copy.write(data, to: path) }
        try receive(from: copy, as: name)
        colleagues[name] = copy
        return copy
    }

    /// The colleague's bundle merged into the shop's store, as `kefu pull` does.
    func receive(from colleague: TemporaryFolder, as name: String) throws {
        let store = try Store.open(at: root.appending(path: Store.relativePath))
        let bundle = try BundleLoader().loadBundle(at: colleague.url)
        let merge = SourceMerge(store: store, source: name, author: name)
        try merge.apply(try merge.plan(theirs: bundle.items))
    }

    func edit(_ folder: TemporaryFolder, _ path: String, replacing old: String, with new: String) throws {
        let text = try folder.read(path)
        #expect(text.contains(old), "\(path) has no \(old)")
        try folder.write([path: text.replacingOccurrences(of: old, with: new)])
    }
}
