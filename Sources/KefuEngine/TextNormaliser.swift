import Foundation

/// Brings a buyer message to one spelling before anything matches it: Unicode NFKC (which also turns
/// full-width letters, digits and punctuation half-width), lower case, no zero-width, bidi or control
/// characters, one space between words, and runs of the same punctuation mark collapsed to one.
///
/// Work is bounded: only the first `maximumScalars` scalars are read, so a megabyte of text costs the
/// same as a long question.
public struct TextNormaliser: Sendable {
    /// Longer messages are read up to here; no real question is longer.
    public static let maximumScalars = 2_000

    public init() {}

    public func normalise(_ raw: String) -> NormalisedText {
        var prefix = String.UnicodeScalarView()
        var truncated = false
        var longestRun = 0
        var run = 0
        for scalar in raw.unicodeScalars {
            if prefix.count == Self.maximumScalars {
                truncated = true
                break
            }
            prefix.append(scalar)
            if scalar == "!" || scalar == "！" {
                run += 1
                longestRun = max(longestRun, run)
            } else {
                run = 0
            }
        }
        let composed = String(prefix).precomposedStringWithCompatibilityMapping
        var output = String.UnicodeScalarView()
        var visible = 0
        var meaningful = 0
        var pendingSpace = false
        var previous: Unicode.Scalar?
        for scalar in composed.unicodeScalars {
            let properties = scalar.properties
            if properties.isWhitespace {
                pendingSpace = !output.isEmpty
                continue
            }
            switch properties.generalCategory {
            case .control, .format, .surrogate, .privateUse, .unassigned: continue
            default: break
            }
            visible += 1
            if Self.isMeaningful(scalar) { meaningful += 1 }
            if properties.generalCategory.isPunctuation, scalar == previous, !pendingSpace { continue }
            if pendingSpace {
                output.append(" ")
                pendingSpace = false
            }
            if properties.changesWhenLowercased {
                output.append(contentsOf: properties.lowercaseMapping.unicodeScalars)
            } else {
                output.append(scalar)
            }
            previous = scalar
        }
        return NormalisedText(
            text: String(output), truncated: truncated, longestExclamationRun: longestRun,
            meaningfulShare: visible == 0 ? 1 : Double(meaningful) / Double(visible), visibleCount: visible)
    }

    /// Letters, digits and ideographs: what a real question is made of.
    static func isMeaningful(_ scalar: Unicode.Scalar) -> Bool {
        let properties = scalar.properties
        return properties.isAlphabetic || properties.numericType != nil || properties.isIdeographic
    }
}
