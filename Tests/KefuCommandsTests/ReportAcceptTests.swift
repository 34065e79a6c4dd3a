import Foundation
import KefuTestSupport
import Testing

/// `kefu report --accept N` for an "add as similar questions" group, on a copy of the Taobao sample as a
/// seller would run it. Before: it said "applied" and exited 0, but the file was unchanged and a
/// both-added conflict opened; accepting again made it deleted-by-theirs, which `resolve --theirs` turned
/// into a deleted FAQ.
@Suite struct ReportAcceptTests {
    @Test func addingSimilarQuestionsEditsTheFAQAndOpensNoConflict() throws {
        let sample = try SampleShop()
        let shop = sample.root
        #expect(try KefuBinary.run(["replay", "logs/chat-2026-11.jsonl"], in: shop).status == 0)
        let report = try KefuBinary.run(["report", "--json"], in: shop)
        let clusters = try #require(
            (try JSONSerialization.jsonObject(with: Data(report.standardOutput.utf8)) as? [String: Any])?["clusters"]
                as? [[String: Any]])
        let group = try #require(clusters.first { ($0["suggestion"] as? [String: Any])?["faq"] != nil })
        let number = try #require(group["number"] as? Int)
        let faq = try #require((group["suggestion"] as? [String: Any])?["faq"] as? String)
        let questions = try #require(group["questions"] as? [String])

        // A dry run shows the FAQ before and after and changes nothing.
        let faqFiles = try FileManager.default.contentsOfDirectory(atPath: shop.appending(path: "faq").path).sorted()
        let untouched = try faqFiles.map { try Data(contentsOf: shop.appending(path: "faq/\($0)")) }
        let dry = try KefuBinary.run(["report", "--accept", "\(number)", "--dry-run"], in: shop)
        #expect(dry.status == 0, "\(dry.standardError)")
        let parts = dry.standardOutput.components(separatedBy: "\nafter:\n")
        #expect(parts.count == 2)
        #expect(parts.first?.hasPrefix("Accepting group \(number) would write faq/\(faq) in faq/") == true)
        #expect(parts.first?.contains("\nbefore:\nid: \(faq)\n") == true)
        for question in questions {
            #expect(parts.first?.contains(question) == false, "\(question) is new")
            #expect(parts.last?.contains(question) == true, "\(question) is added")
        }
        #expect(try faqFiles.map { try Data(contentsOf: shop.appending(path: "faq/\($0)")) } == untouched)

        let accepted = try KefuBinary.run(["report", "--accept", "\(number)"], in: shop)
        #expect(accepted.status == 0, "\(accepted.standardError)")
        #expect(try KefuBinary.run(["conflicts"], in: shop).standardOutput == "No open conflicts.\n")
        let shown = try KefuBinary.run(["show", "faq/\(faq)", "--json"], in: shop)
        let similar =
            (try JSONSerialization.jsonObject(with: Data(shown.standardOutput.utf8)) as? [String: Any])
            .flatMap { ($0["content"] as? [String: Any])?["similar"] as? [String] } ?? []
        #expect(Set(questions).isSubset(of: Set(similar)), "\(questions) in \(similar)")
        let files = try FileManager.default.contentsOfDirectory(atPath: shop.appending(path: "faq").path)
        let texts = try files.map { try String(contentsOf: shop.appending(path: "faq/\($0)"), encoding: .utf8) }
        #expect(texts.contains { text in questions.allSatisfy { text.contains($0) } })

        // Again: nothing new, still no conflict, and the FAQ is still there.
        #expect(try KefuBinary.run(["report", "--accept", "\(number)"], in: shop).status == 0)
        #expect(try KefuBinary.run(["conflicts"], in: shop).standardOutput == "No open conflicts.\n")
        #expect(try KefuBinary.run(["show", "faq/\(faq)"], in: shop).status == 0)
    }
}
