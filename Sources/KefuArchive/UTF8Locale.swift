import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Runs libarchive calls with the calling thread in a UTF-8 locale.
///
/// libarchive converts names through the current locale's character set; in the C locale kefu runs
/// in, libarchive 3.6 cannot convert a Chinese file name and dereferences the NULL it gets back.
/// `uselocale` changes only this thread, only for the call.
public enum UTF8Locale {
    public static func run<Result>(_ body: () throws -> Result) rethrows -> Result {
        guard let utf8 = newlocale(LC_CTYPE_MASK, "C.UTF-8", nil) else { return try body() }
        let previous = uselocale(utf8)
        defer {
            uselocale(previous)
            freelocale(utf8)
        }
        return try body()
    }
}
