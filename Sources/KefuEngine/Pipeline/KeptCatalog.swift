import Crypto
import Foundation
import KefuCore

/// What a kept engine holds beside its FAQ index (`KeptPart.catalog`): the phrase catalog, the reply
/// texts by locale the language detector learns from, and the key of the FAQ index that goes with them.
/// Each of those needs every rule or FAQ decoded to build; read back, they need none.
struct KeptCatalog: Sendable {
    /// The layout. Bump it whenever the catalog, the texts or the items' models change.
    static let format: UInt64 = 1
    /// "KEFUCAT1", first in every kept catalog.
    static let magic: UInt64 = 0x3154_4143_5546_454B

    let catalog: PhraseCatalog
    let textsByLocale: [String: [String]]
    let faqIndexKey: String

    init(catalog: PhraseCatalog, textsByLocale: [String: [String]], faqIndexKey: String) {
        self.catalog = catalog
        self.textsByLocale = textsByLocale
        self.faqIndexKey = faqIndexKey
    }

    /// The SHA-256 of the format, `build` (which kefu keeps it: see `Engine.init(records:keptIn:build:…)`)
    /// and every record's kind, id and canonical JSON, in kind and id order whatever order they come in.
    static func key(records: [ContentRecord], build: String) -> String {
        var hasher = SHA256()
        func update(count: Int) { withUnsafeBytes(of: UInt64(count)) { hasher.update(bufferPointer: $0) } }
        func update(_ text: String) {
            var text = text
            text.withUTF8 { bytes in
                update(count: bytes.count)
                hasher.update(bufferPointer: UnsafeRawBufferPointer(bytes))
            }
        }
        update(count: Int(format))
        update(build)
        // The store lists items in this order already; the bundle loader does not.
        let inOrder = zip(records, records.dropFirst()).allSatisfy { !Self.precedes($1, $0) }
        for record in inOrder ? records : records.sorted(by: Self.precedes) {
            update(record.kind.rawValue)
            update(record.id.rawValue)
            update(count: record.json.count)
            hasher.update(data: record.json)
        }
        return Hex.string(hasher.finalize())
    }

    private static func precedes(_ lhs: ContentRecord, _ rhs: ContentRecord) -> Bool {
        lhs.kind.rawValue != rhs.kind.rawValue ? lhs.kind.rawValue < rhs.kind.rawValue : lhs.id < rhs.id
    }

    /// The bytes to keep under `key`: a header with the FAQ index's key, the SHA-256 of the rest (damage
    /// of any kind is caught before anything is read), then the parts.
    func data(key: String) -> Data {
        var body = SnapshotWriter()
        catalog.write(to: &body)
        let locales = textsByLocale.keys.sorted()
        body.append(texts: locales)
        body.append(locales.map { Int64(textsByLocale[$0]?.count ?? 0) })
        body.append(texts: locales.flatMap { textsByLocale[$0] ?? [] })
        var writer = SnapshotWriter()
        writer.append(Self.magic)
        writer.append(Self.format)
        writer.append(Array(key.utf8))
        writer.append(Array(faqIndexKey.utf8))
        writer.append(Array(SHA256.hash(data: body.data)))
        return writer.data + body.data
    }

    /// The key of the FAQ index a catalog kept as `data` under `key` goes with, read from its header alone
    /// (so that the index can be read while the catalog is checked); `nil` for another file.
    static func faqIndexKey(in data: any KeptBytes, key: String) -> String? {
        var header = SnapshotReader(data)
        return try? header.keptHeader(key: key).faqIndexKey
    }

    /// The catalog kept as `data` under `key`, for these rules and lexicons.
    init(data bytes: any KeptBytes, key: String, rules: ItemShelf<Rule>, lexicons: [Sourced<Lexicon>]) throws {
        let data = try bytes.allBytes()
        var header = SnapshotReader(data)
        let (faqIndexKey, digest) = try header.keptHeader(key: key)
        let body = data.suffix(from: data.startIndex + header.offset)
        guard digest == Array(SHA256.hash(data: body)) else { throw SnapshotError.inconsistent("damaged") }
        var reader = SnapshotReader(body)
        let catalog = try PhraseCatalog(reading: &reader, rules: rules, lexicons: lexicons)
        let locales = try reader.texts()
        let counts = try reader.array(of: Int64.self)
        let texts = try reader.texts()
        guard reader.isAtEnd, counts.count == locales.count, counts.allSatisfy({ $0 >= 0 }),
            counts.reduce(0, +) == Int64(texts.count)
        else { throw SnapshotError.inconsistent("the reply texts do not fit their locales") }
        var textsByLocale: [String: [String]] = [:]
        var start = 0
        for (locale, count) in zip(locales, counts) {
            textsByLocale[locale] = Array(texts[start..<start + Int(count)])
            start += Int(count)
        }
        self.init(catalog: catalog, textsByLocale: textsByLocale, faqIndexKey: faqIndexKey)
    }
}

extension SnapshotReader {
    /// A kept catalog's header: magic, format and key checked; the FAQ index's key and the body's digest.
    fileprivate mutating func keptHeader(key: String) throws -> (faqIndexKey: String, digest: [UInt8]) {
        guard try integer() == KeptCatalog.magic, try integer() == KeptCatalog.format,
            try array(of: UInt8.self) == Array(key.utf8)
        else { throw SnapshotError.notThisIndex }
        let faqIndexKey = String(decoding: try array(of: UInt8.self), as: UTF8.self)
        return (faqIndexKey, try array(of: UInt8.self))
    }
}
