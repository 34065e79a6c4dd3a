/// Searches in a run of feature columns sorted in increasing order, as the classifier keeps them per FAQ.
enum SortedColumns {
    /// The first position in `columns[low..<upper]` holding `column` or a larger one (`upper` if none),
    /// by galloping from `low`: callers look up a query's columns in increasing order, each from where
    /// the last was found, and the gap from one to the next is short, so doubling steps find it in a few
    /// reads where a binary search over the rest of the run would take a dozen.
    static func gallop(to column: Int32, in columns: [Int32], from low: Int, upTo upper: Int) -> Int {
        var low = low
        var step = 1
        while low + step < upper, columns[low + step] < column { step <<= 1 }
        var high = min(low + step, upper)
        low += step / 2
        while low < high {
            let middle = (low + high) / 2
            if columns[middle] < column { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
