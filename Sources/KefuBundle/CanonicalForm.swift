import Crypto
import Foundation
import KefuCore

/// The canonical form of an item: its normalised fields as JSON with sorted keys and no spaces,
/// `id` included. Reformatting, reordering or moving the item between files leaves it unchanged;
/// its SHA-256 is the item's `ContentHash`.
public enum CanonicalForm {
    /// The canonical JSON bytes of `item`.
    public static func data(of item: BundleItem) -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        // Encoding a tree of texts, numbers, lists and records cannot fail; an empty result would
        // still hash deterministically, so there is nothing to recover here.
        return (try? encoder.encode(item.content)) ?? Data()
    }

    /// The canonical JSON of `item` as text, as the store keeps it.
    public static func text(of item: BundleItem) -> String {
        String(decoding: data(of: item), as: UTF8.self)
    }

    /// The content hash of `item`.
    public static func hash(of item: BundleItem) -> ContentHash {
        hash(ofCanonical: data(of: item))
    }

    /// The content hash of canonical bytes already made.
    public static func hash(ofCanonical data: Data) -> ContentHash {
        let digest = SHA256.hash(data: data)
        return ContentHash(hex: Hex.string(digest))
    }

    /// Reads an item back from its canonical JSON, as stored. Throws when the text is not an item
    /// record or fails its kind's schema.
    public static func item(kind: ItemKind, canonical text: String) throws -> BundleItem {
        let value = try JSONDecoder().decode(FieldValue.self, from: Data(text.utf8))
        guard var fields = value.record, let idText = fields.removeValue(forKey: "id")?.text,
            let id = ItemID(idText)
        else {
            throw CanonicalFormError.notAnItem(kind: kind)
        }
        let (normalised, problems) = ItemSchema.of(kind).validate(fields)
        guard problems.isEmpty else {
            throw CanonicalFormError.invalidContent(ItemKey(kind: kind, id: id), problems.map(\.message))
        }
        return BundleItem(key: ItemKey(kind: kind, id: id), fields: normalised)
    }
}
