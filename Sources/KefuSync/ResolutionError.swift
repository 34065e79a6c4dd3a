import KefuCore

/// Why a conflict cannot be resolved.
public enum ResolutionError: Error, Equatable, Sendable {
    case noConflict(ItemKey)
}
