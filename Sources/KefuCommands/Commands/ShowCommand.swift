import ArgumentParser
import Foundation
import KefuApp
import KefuBundle
import KefuCore
import KefuStore

/// `kefu show KIND/ID`: one item as the store holds it, with where it is filed and its revision.
struct ShowCommand: KefuSubcommand {
    static let configuration = CommandConfiguration(commandName: "show", abstract: Messages.text(.helpShow))

    @Argument(help: ArgumentHelp(Messages.text(.argItem), valueName: "KIND/ID"))
    var item: String

    @Option(name: .long, help: ArgumentHelp(Messages.text(.optRev), valueName: "N"))
    var rev: Int?

    @OptionGroup var global: GlobalOptions
    @ParentCommand var kefu: KefuCommand

    func run(in context: CommandContext) throws {
        let key = try ItemKeyArgument.parse(item)
        let store = try context.workspace().openExistingStore()
        var stored = try store.item(key)
        if let rev {
            stored = try revision(rev, of: key, in: store)
        }
        guard let stored else {
            throw AppFailure(.failure, notFound(key, among: try store.allKeys()))
        }
        let bundleItem = try CanonicalForm.item(kind: key.kind, canonical: stored.content)
        if context.json {
            context.printJSON(ShownItem(stored, content: bundleItem.content))
            return
        }
        let place = stored.line.map { "\(stored.file):\($0)" } ?? stored.file
        let header = Message(.showHeader, key.description, place, stored.revision, stored.contentHash.short)
        context.console.out(context.console.styled("# " + context.text(header), .dim))
        context.console.out(try BundleWriter().yaml(of: bundleItem), terminator: "")
    }

    /// Revision `number` of `key`, shown like a current item.
    private func revision(_ number: Int, of key: ItemKey, in store: Store) throws -> StoredItem {
        guard let revision = try store.revisions(of: key).first(where: { $0.number == number }) else {
            throw AppFailure(.failure, Message(.noSuchRevision, key.description, number))
        }
        guard let content = revision.content, let hash = revision.hash else {
            throw AppFailure(.failure, Message(.revisionIsDeletion, key.description, number))
        }
        return StoredItem(
            kind: key.kind, itemID: key.id.rawValue, content: content, hash: hash,
            file: revision.file ?? key.kind.defaultFile,
            line: revision.line, column: nil, revision: number)
    }

    private func notFound(_ key: ItemKey, among keys: [ItemKey]) -> Message {
        let names = keys.filter { $0.kind == key.kind }.map(\.description)
        if let suggestion = Suggestion.closest(to: key.description, among: names) {
            return Message(.itemNotFoundDidYouMean, key.description, suggestion)
        }
        return Message(.itemNotFound, key.description)
    }

    struct ShownItem: Encodable {
        let kind: String
        let id: String
        let file: String
        let line: Int?
        let revision: Int
        let hash: String
        let content: FieldValue

        init(_ stored: StoredItem, content: FieldValue) {
            kind = stored.kind.rawValue
            id = stored.itemID
            file = stored.file
            line = stored.line
            revision = stored.revision
            hash = stored.hash
            self.content = content
        }
    }
}
