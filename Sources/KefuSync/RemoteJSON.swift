import Foundation

/// JSON a remote holds (its manifest, its authors file), decoded as hostile input: refused past a size,
/// dates as ISO 8601, and every failure a `RemoteError.unreadable` naming the file.
enum RemoteJSON {
    static func decode<Value: Decodable>(_ type: Value.Type, from data: Data, path: String, maximumBytes: Int)
        throws -> Value
    {
        guard data.count <= maximumBytes else {
            let size = maximumBytes >= 1 << 20 ? "\(maximumBytes >> 20) MB" : "\(maximumBytes >> 10) KB"
            throw RemoteError.unreadable("\(path): larger than \(size)")
        }
        do {
            let decoder = JSONDecoder()
            decoder.dateDecodingStrategy = .iso8601
            return try decoder.decode(type, from: data)
        } catch {
            throw RemoteError.unreadable("\(path): \(error.localizedDescription)")
        }
    }
}
