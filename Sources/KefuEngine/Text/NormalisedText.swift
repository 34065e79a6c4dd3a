/// A buyer message after normalisation, with the facts the guards need from the text as written.
public struct NormalisedText: Hashable, Sendable {
    /// NFKC, half-width, case-folded, without zero-width or control characters, punctuation runs collapsed.
    public var text: String
    /// Whether the message was longer than the engine reads (`TextNormaliser.maximumScalars`).
    public var truncated: Bool
    /// The longest run of `!` or `！` in the message as written.
    public var longestExclamationRun: Int
    /// Letters, digits and ideographs among the visible characters, 0…1 (1 for an empty message).
    public var meaningfulShare: Double
    /// Visible characters read.
    public var visibleCount: Int
}
