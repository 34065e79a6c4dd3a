/// A hash table from (feature column, FAQ) to a weight, with open addressing: the classifier's
/// training touches tens of millions of weights, several times faster than `Dictionary` here.
struct WeightTable {
    private var keys: [Int]
    private var values: [Float]
    private var mask: Int
    private(set) var count = 0

    init(capacity: Int) {
        var size = 1024
        while size < capacity * 2 { size <<= 1 }
        keys = [Int](repeating: -1, count: size)
        values = [Float](repeating: 0, count: size)
        mask = size - 1
    }

    /// The weight of `key` (0 when never set).
    func value(_ key: Int) -> Float {
        var slot = Self.spread(key) & mask
        while true {
            let stored = keys[slot]
            if stored == key { return values[slot] }
            if stored == -1 { return 0 }
            slot = (slot + 1) & mask
        }
    }

    /// Adds `delta` to the weight of `key`.
    mutating func add(_ delta: Float, to key: Int) {
        var slot = Self.spread(key) & mask
        while true {
            let stored = keys[slot]
            if stored == key {
                values[slot] += delta
                return
            }
            if stored == -1 {
                keys[slot] = key
                values[slot] = delta
                count += 1
                if count * 2 > keys.count { grow() }
                return
            }
            slot = (slot + 1) & mask
        }
    }

    /// Every key with its weight.
    var entries: [(key: Int, value: Float)] {
        keys.indices.compactMap { keys[$0] == -1 ? nil : (keys[$0], values[$0]) }
    }

    private mutating func grow() {
        let old = entries
        self = WeightTable(capacity: keys.count)
        for (key, value) in old { add(value, to: key) }
    }

    private static func spread(_ key: Int) -> Int {
        var mixed = UInt64(bitPattern: Int64(key)) &* 0x9E37_79B9_7F4A_7C15
        mixed ^= mixed >> 29
        return Int(truncatingIfNeeded: mixed)
    }
}
