import Foundation

/// The bytes of a bundle's store on disk (the database and its write-ahead log), for tests that check
/// what was never written there.
enum StoreFiles {
    static func contain(_ text: String, in shop: URL) -> Bool {
        [".kefu/store.sqlite", ".kefu/store.sqlite-wal"].contains { file in
            let bytes = (try? Data(contentsOf: shop.appending(path: file))) ?? Data()
            return bytes.firstRange(of: Data(text.utf8)) != nil
        }
    }
}
