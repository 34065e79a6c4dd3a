import Foundation
import KefuBundle
import KefuCore
import Testing

/// The editor schemas say what the loader accepts: the same fields, the same required ones, the same words.
@Suite struct BundleJSONSchemaTests {
    private func schema(_ kind: ItemKind) throws -> [String: Any] {
        let text = try #require(try BundleJSONSchema.files()[".kefu/schema/\(kind.rawValue).json"])
        return try #require(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test(arguments: ItemKind.allCases.filter { $0 != .bundle })
    func everyItemFieldIsDescribed(_ kind: ItemKind) throws {
        let document = try schema(kind)
        #expect(document["type"] as? String == "array")
        let item = try #require(document["items"] as? [String: Any])
        let properties = try #require(item["properties"] as? [String: Any])
        let fields = ItemSchema.of(kind).fields
        #expect(Set(properties.keys) == Set(fields.map(\.name) + ["id"]))
        #expect(Set(item["required"] as? [String] ?? []) == Set(fields.filter(\.isRequired).map(\.name) + ["id"]))
        #expect(item["additionalProperties"] as? Bool == false)
    }

    @Test func choicesAndTheManifestHeaderAreSpelledOut() throws {
        let bundle = try schema(.bundle)
        let properties = try #require(bundle["properties"] as? [String: Any])
        #expect(Set(properties.keys).isSuperset(of: ["format", "id", "version", "name", "fallback", "thresholds"]))
        let platform = try #require(properties["platform"] as? [String: Any])
        #expect(platform["enum"] as? [String] == ["taobao", "tmall", "1688", "douyin", "aliexpress", "generic"])
    }

    @Test func modelinesPointAtTheSchemaFromAnyDepth() {
        #expect(
            BundleJSONSchema.modeline(forFile: "faq/faq.yaml", kind: .faq)
                == "# yaml-language-server: $schema=../.kefu/schema/faq.json")
        #expect(
            BundleJSONSchema.modeline(forFile: "agents.yaml", kind: .agent)
                == "# yaml-language-server: $schema=.kefu/schema/agent.json")
    }
}
