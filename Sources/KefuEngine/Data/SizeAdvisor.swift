/// Recommends a size from height (cm) and weight (kg) with the shop's size chart: the row both fit, or
/// else the row they come closest to, weight counting double (fit follows weight more than height).
public struct SizeAdvisor: Sendable {
    public init() {}

    public func recommend(height: Double?, weight: Double?, chart: [ShopRecord]) -> String? {
        guard height != nil || weight != nil else { return nil }
        var best: (distance: Double, size: String)?
        for row in chart {
            guard let size = row["size"] else { continue }
            let heightDistance = height.map { Self.distance($0, row["height_min"], row["height_max"]) } ?? 0
            let weightDistance = weight.map { Self.distance($0, row["weight_min"], row["weight_max"]) } ?? 0
            let distance = heightDistance + weightDistance * 2
            // `<=`: between two equally close sizes, the larger (later) one, as sellers advise.
            if distance <= best?.distance ?? .infinity { best = (distance, size) }
        }
        return best?.size
    }

    private static func distance(_ value: Double, _ minimum: String?, _ maximum: String?) -> Double {
        let low = minimum.flatMap(Double.init) ?? -.infinity
        let high = maximum.flatMap(Double.init) ?? .infinity
        if value < low { return low - value }
        if value > high { return value - high }
        return 0
    }
}
