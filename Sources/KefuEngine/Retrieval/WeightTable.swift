/// A hash table from (feature column, FAQ) to a weight, with open addressing: the classifier's
/// training touches tens of millions of weights, several times faster than `Dictionary` here.
struct WeightTable {
    private var keys: [Int]
    private var values: [Float]
    private var mask: Int
    private(set) var count = 0

    /// Room for `capacity` keys before the table grows. Filled to at most three quarters: linear probing
    /// stays short there, and a large bundle's weights take half the memory they took at one half.
    init(capacity: Int) {
        var size = 1024
        while size * 3 < capacity * 4 { size <<= 1 }
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
                if count * 4 > keys.count * 3 { grow() }
                return
            }
            slot = (slot + 1) & mask
        }
    }

    /// Calls `body` with every key and its weight, without gathering them first.
    func forEach(_ body: (_ key: Int, _ value: Float) -> Void) {
        for slot in keys.indices where keys[slot] != -1 { body(keys[slot], values[slot]) }
    }

    private mutating func grow() {
        var larger = WeightTable(capacity: keys.count)
        forEach { key, value in larger.add(value, to: key) }
        self = larger
    }

    private static func spread(_ key: Int) -> Int {
        var mixed = UInt64(bitPattern: Int64(key)) &* 0x9E37_79B9_7F4A_7C15
        mixed ^= mixed >> 29
        return Int(truncatingIfNeeded: mixed)
    }
}
