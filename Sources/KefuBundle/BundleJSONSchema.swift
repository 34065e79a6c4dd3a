import Foundation
import KefuCore

/// JSON Schemas (draft 7) for every bundle file kind, made from the same `ItemSchema`s the loader
/// validates with, so an editor with a YAML language server completes and checks what `kefu check`
/// will accept. Files are written to `.kefu/schema/KIND.json`; `kefu init` points each starter file
/// at its schema with a `# yaml-language-server: $schema=…` line.
public enum BundleJSONSchema {
    /// Where the schemas live, bundle-relative (local like the store: `kefu schema` rewrites them).
    public static let folder = ".kefu/schema"

    /// The schema file of a kind, bundle-relative.
    public static func path(of kind: ItemKind) -> String { "\(folder)/\(kind.rawValue).json" }

    /// The modeline for a file at `filePath` (bundle-relative) holding items of `kind`.
    public static func modeline(forFile filePath: String, kind: ItemKind) -> String {
        let depth = filePath.split(separator: "/").count - 1
        return "# yaml-language-server: $schema=" + String(repeating: "../", count: depth) + path(of: kind)
    }

    /// Every kind's schema as JSON text, by bundle-relative path.
    public static func files() throws -> [String: String] {
        var files: [String: String] = [:]
        for kind in ItemKind.allCases {
            let data = try JSONSerialization.data(
                withJSONObject: schema(of: kind), options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
            files[path(of: kind)] = String(decoding: data, as: UTF8.self) + "\n"
        }
        return files
    }

    /// A file of `kind`: a list of items (`bundle.yaml`: one mapping with the header keys).
    static func schema(of kind: ItemKind) -> [String: Any] {
        let item = ItemSchema.of(kind)
        var document: [String: Any] = [
            "$schema": "http://json-schema.org/draft-07/schema#",
            "title": "kefu \(kind.rawValue) file (bundle format \(BundleManifest.currentFormat))",
        ]
        if kind == .bundle {
            var settings = record(item.fields)
            var properties = settings["properties"] as? [String: Any] ?? [:]
            properties["format"] = ["type": "integer", "enum": [BundleManifest.currentFormat]]
            properties["id"] = ["type": "string", "format": "uuid"]
            properties["version"] = ["type": "integer", "minimum": 0]
            settings["properties"] = properties
            settings["required"] = (settings["required"] as? [String] ?? []) + ["id"]
            return document.merging(settings) { first, _ in first }
        }
        var entry = record(item.fields)
        var properties = entry["properties"] as? [String: Any] ?? [:]
        properties["id"] = idSchema
        entry["properties"] = properties
        entry["required"] = ["id"] + (entry["required"] as? [String] ?? [])
        document["type"] = "array"
        document["items"] = entry
        return document
    }

    static var idSchema: [String: Any] { ["type": "string", "pattern": "^[a-z0-9][a-z0-9._-]{0,63}$"] }

    static var localeSchema: [String: Any] { ["type": "string", "pattern": "^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$"] }

    /// kefu reads any scalar as text where a text is expected (`12315`, `yes`), so the schema does too.
    private static var textSchema: [String: Any] { ["type": ["string", "number", "boolean"]] }

    private static func record(_ fields: [FieldSpec]) -> [String: Any] {
        var properties: [String: Any] = [:]
        for field in fields { properties[field.name] = schema(of: field.shape) }
        var record: [String: Any] = ["type": "object", "properties": properties, "additionalProperties": false]
        let required = fields.filter(\.isRequired).map(\.name)
        if !required.isEmpty { record["required"] = required }
        return record
    }

    private static func list(_ items: [String: Any]) -> [String: Any] { ["type": "array", "items": items] }

    private static func schema(of shape: FieldShape) -> [String: Any] {
        switch shape {
        case .text: return textSchema
        case .integer: return ["type": ["integer", "string"], "pattern": "^-?[0-9]+$"]
        case .number(let range): return ["type": "number", "minimum": range.lowerBound, "maximum": range.upperBound]
        case .date:
            return ["type": "string", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}( [0-9]{1,2}:[0-9]{2})?$"]
        case .choice(let words): return ["enum": words]
        case .choiceList(let words): return list(["enum": words])
        case .reference: return idSchema
        case .locale: return localeSchema
        case .localeList: return list(localeSchema)
        case .textList: return list(textSchema)
        case .textListList: return list(list(textSchema))
        case .localizedText:
            return ["oneOf": [textSchema, ["type": "object", "additionalProperties": textSchema]]]
        case .reply:
            return [
                "oneOf": [
                    textSchema,
                    [
                        "type": "object", "properties": ["template": idSchema], "required": ["template"],
                        "additionalProperties": false,
                    ],
                    ["type": "object", "not": ["required": ["template"]], "additionalProperties": textSchema],
                ]
            ]
        case .hours:
            return [
                "type": "string",
                "pattern": "^[0-9]{1,2}:[0-9]{2}-[0-9]{1,2}:[0-9]{2}(, *[0-9]{1,2}:[0-9]{2}-[0-9]{1,2}:[0-9]{2})*$",
            ]
        case .record(let fields): return record(fields)
        case .recordList(let fields): return list(record(fields))
        case .rows:
            return list(["type": "object", "additionalProperties": ["type": ["string", "number", "boolean"]]])
        }
    }
}
