import KefuCore

extension LoadedBundle {
    /// The bundle's items as the engine reads them: canonical JSON with the place each was written.
    public func contentRecords() -> [ContentRecord] {
        items.values.map { item in
            ContentRecord(key: item.key, json: CanonicalForm.data(of: item), location: item.location)
        }
    }
}
