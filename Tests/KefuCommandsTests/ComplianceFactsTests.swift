import Foundation
import KefuTestSupport
import Testing

/// The advertising-law check blocks claims, not facts: a fibre content a textile label must state is
/// answered, `100%有效` is not, `kefu check` says which list and why, and a bundle can allow a phrase.
@Suite struct ComplianceFactsTests {
    static let faq = """
        - id: material
          question: 这款是什么面料?
          similar: [什么材质]
          answer: 亲,这款是100%新疆长绒棉,亲肤透气~
        - id: mite
          question: 能防螨吗?
          answer: 亲,100%有效防螨哦~
        - id: heritage
          question: 是手工做的吗?
          answer: 亲,是国家级非物质文化遗产的手工技艺~

        """

    @Test func aFibreContentIsAnsweredAndAClaimIsNot() throws {
        let folder = try TemporaryFolder()
        try folder.write(BundleFixtures.complete.merging(["faq/bedding.yaml": Self.faq]) { _, new in new })
        #expect(try KefuBinary.run(["sync"], in: folder.url).status == 0)

        let material = try KefuBinary.run(["ask", "这款是什么面料?"], in: folder.url)
        #expect(material.standardOutput == "亲,这款是100%新疆长绒棉,亲肤透气~\n", "\(material.standardError)")
        #expect(material.standardError.hasPrefix("[answer · faq/material"))
        let claim = try KefuBinary.run(["ask", "能防螨吗?"], in: folder.url)
        #expect(claim.standardError.hasPrefix("[handoff"), "\(claim.standardError)")

        let check = try KefuBinary.run(["check"], in: folder.url)
        #expect(
            check.standardError.contains(
                "faq/mite contains '100%有效', an absolute claim China's Advertising Law forbids"))
        #expect(check.standardError.contains("faq/heritage contains '国家级'"))
        #expect(!check.standardError.contains("the reply of faq/material"), "\(check.standardError)")

        // The heritage title is a fact: the shop allows it, and the reply goes out.
        try folder.write(["lexicons/facts.yaml": "- id: facts\n  type: allowlist\n  phrases: [国家级非物质文化遗产]\n"])
        #expect(try KefuBinary.run(["sync"], in: folder.url).status == 0)
        let heritage = try KefuBinary.run(["ask", "是手工做的吗?"], in: folder.url)
        #expect(heritage.standardError.hasPrefix("[answer · faq/heritage"), "\(heritage.standardError)")
        #expect(!(try KefuBinary.run(["check"], in: folder.url).standardError.contains("the reply of faq/heritage")))
    }
}
