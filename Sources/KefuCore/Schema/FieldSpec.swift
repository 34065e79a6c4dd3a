/// One field an item may have: its name, what it holds, and whether it must be there.
public struct FieldSpec: Sendable {
    public let name: String
    public let shape: FieldShape
    public let isRequired: Bool
    /// The value assumed when the field is absent; a field equal to it is left out of the canonical form.
    public let defaultValue: FieldValue?

    public init(_ name: String, _ shape: FieldShape, required: Bool = false, default defaultValue: FieldValue? = nil) {
        self.name = name
        self.shape = shape
        self.isRequired = required
        self.defaultValue = defaultValue
    }
}
