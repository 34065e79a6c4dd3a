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
        normalise(raw, fastPaths: true)
    }

    /// `fastPaths: false` takes Foundation's NFKC and Unicode's properties for every scalar; tests check
    /// that the fast paths agree with it.
    func normalise(_ raw: String, fastPaths: Bool) -> NormalisedText {
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
        // Most messages are ASCII, full-width forms and common ideographs, whose NFKC is known: mapping
        // them here skips Foundation's normalisation, the larger part of a short message's cost.
        let composed =
            (fastPaths ? Self.compatibilityComposedWithoutFoundation(prefix) : nil)
            ?? String(prefix).precomposedStringWithCompatibilityMapping.unicodeScalars
        var output = String.UnicodeScalarView()
        var visible = 0
        var meaningful = 0
        var pendingSpace = false
        var previous: Unicode.Scalar?
        for scalar in composed {
            let kind = fastPaths ? Self.commonKind(of: scalar) : nil
            if kind?.isWhitespace ?? scalar.properties.isWhitespace {
                pendingSpace = !output.isEmpty
                continue
            }
            let category = kind?.category ?? scalar.properties.generalCategory
            switch category {
            case .control, .format, .surrogate, .privateUse, .unassigned: continue
            default: break
            }
            visible += 1
            if kind?.isMeaningful ?? Self.isMeaningful(scalar) { meaningful += 1 }
            if category.isPunctuation, scalar == previous, !pendingSpace { continue }
            if pendingSpace {
                output.append(" ")
                pendingSpace = false
            }
            if let kind {
                output.append(kind.lowercase)
            } else if scalar.properties.changesWhenLowercased {
                output.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
            } else {
                output.append(scalar)
            }
            previous = scalar
        }
        return NormalisedText(
            text: String(output), truncated: truncated, longestExclamationRun: longestRun,
            meaningfulShare: visible == 0 ? 1 : Double(meaningful) / Double(visible), visibleCount: visible)
    }

    /// The NFKC of `scalars` when every one is ASCII, a full-width form of ASCII, the ideographic space,
    /// a CJK unified ideograph or common CJK punctuation (all of which NFKC leaves alone or maps one to
    /// one, and none of which composes with a neighbour); `nil` otherwise.
    static func compatibilityComposedWithoutFoundation(_ scalars: String.UnicodeScalarView)
        -> String.UnicodeScalarView?
    {
        var composed = String.UnicodeScalarView()
        for scalar in scalars {
            switch scalar.value {
            case 0..<0x80, 0x3001...0x3002, 0x3008...0x3011, 0x4E00...0x9FFF: composed.append(scalar)
            case 0xFF01...0xFF5E: composed.append(Unicode.Scalar(UInt8(scalar.value - 0xFEE0)))
            case 0x3000: composed.append(" ")
            default: return nil
            }
        }
        return composed
    }

    /// What the normaliser asks of a scalar, without Unicode's property tables, for ASCII and the CJK
    /// unified ideographs; `nil` for anything else.
    static func commonKind(of scalar: Unicode.Scalar) -> ScalarKind? {
        switch scalar.value {
        case 0x4E00...0x9FFF:
            return ScalarKind(isWhitespace: false, category: .otherLetter, isMeaningful: true, lowercase: scalar)
        case 0..<0x80:
            return ScalarKind.ascii[Int(scalar.value)]
        default:
            return nil
        }
    }

    /// Letters, digits and ideographs: what a real question is made of.
    static func isMeaningful(_ scalar: Unicode.Scalar) -> Bool {
        let properties = scalar.properties
        return properties.isAlphabetic || properties.numericType != nil || properties.isIdeographic
    }
}
