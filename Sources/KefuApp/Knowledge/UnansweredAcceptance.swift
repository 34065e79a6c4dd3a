import Foundation
import KefuBundle
import KefuCore
import KefuEngine
import KefuQuality
import KefuStore
import KefuSync

/// Teaching the bot a group of questions it could not answer (the report's unanswered groups): the
/// questions become similar questions of the FAQ they are nearest, or a new FAQ with the seller's
/// answer. One changeset in the store, written to the bundle's file by the folder sync, so an edit
/// made meanwhile in an editor is merged, never overwritten. `kefu report --accept` and the console
/// both accept through here.
public struct UnansweredAcceptance: Sendable {
    public let workspace: Workspace
    /// The new FAQ's answer and id, for a group the report suggests a new FAQ for.
    public var answer: String?
    public var id: String?

    public init(workspace: Workspace, answer: String? = nil, id: String? = nil) {
        self.workspace = workspace
        self.answer = answer
        self.id = id
    }

    /// What accepting `group` would change, changing nothing.
    public func preview(_ group: UnansweredCluster) throws -> AcceptanceProposal {
        try proposal(group, store: try workspace.openExistingStore())
    }

    /// Accepts `group`: the folder is synced first (so the FAQ is the one on disk), the change is
    /// recorded as one changeset, and the folder sync writes it to the file.
    public func accept(_ group: UnansweredCluster) throws -> AcceptanceProposal {
        try workspace.withStoreForChange { store, _ in
            _ = try workspace.folderSync(store).run()
            let proposal = try proposal(group, store: store)
            // An edit of the store made by the seller, like a resolve. (Merged as a source named "report",
            // which never held the FAQ, it came back as a both-added conflict and the file was unchanged.)
            // Accepted again, the FAQ already holds the questions: no empty changeset.
            _ = try workspace.recordSellerEdit(
                proposal.after, file: proposal.file, in: store, operation: .import, source: "report",
                summary: "kefu report --accept \(group.number)")
            return proposal
        }
    }

    /// The item `group` changes or adds, and the file it goes to.
    private func proposal(_ group: UnansweredCluster, store: Store) throws -> AcceptanceProposal {
        // Texts with masked personal data ([phone], [address]) are no questions to teach.
        let questions = group.questions.filter { !PersonalDataMasker.hasMaskedData($0) }
        switch group.suggestion {
        case .similarTo(let faq, _, _, _):
            let key = ItemKey(kind: .faq, id: faq)
            guard let stored = try store.item(key) else {
                throw AppFailure(.dataError, Message(.reportFAQGone, key.description, group.number))
            }
            let before = try CanonicalForm.item(kind: .faq, canonical: stored.content)
            var item = before
            item.location = stored.location
            let similar = item.fields["similar"]?.list ?? []
            let known = Set(similar.compactMap(\.text) + [item.fields["question"]?.text ?? ""])
            item.fields["similar"] = .list(similar + questions.filter { !known.contains($0) }.map(FieldValue.text))
            return AcceptanceProposal(group: group.number, before: before, after: item, file: stored.file)
        case .newFAQ:
            guard let answer = answer?.trimmingCharacters(in: .whitespacesAndNewlines), !answer.isEmpty,
                let first = questions.first
            else {
                throw AppFailure(.usage, Message(.reportAcceptNeedsAnswer, group.number))
            }
            let wanted = id.flatMap { $0.isEmpty ? nil : $0 } ?? "asked-\(group.number)"
            guard let id = ItemID(wanted) else { throw AppFailure(.usage, Message(.reportBadID, wanted)) }
            let key = ItemKey(kind: .faq, id: id)
            if try store.item(key) != nil { throw AppFailure(.usage, Message(.reportIDTaken, key.description)) }
            let item = BundleItem(
                key: key,
                fields: [
                    "question": .text(first), "similar": .list(questions.dropFirst().map(FieldValue.text)),
                    "answer": .text(answer),
                ])
            return AcceptanceProposal(group: group.number, before: nil, after: item, file: "faq/from-report.yaml")
        }
    }
}
