import Foundation

/// Typed views of an item: the engine and the checks read `FAQ`, `Rule`, … rather than raw fields.
extension BundleItem {
    /// Decodes the item as `type`. Items that passed their schema always decode; a failure means the
    /// schema and the model disagree, which tests catch.
    public func decode<Model: Decodable>(as type: Model.Type) throws -> Model {
        let data = try JSONEncoder().encode(content)
        return try JSONDecoder().decode(type, from: data)
    }
}
