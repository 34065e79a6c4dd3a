import Foundation

/// One HTTP/1.1 exchange with a server on 127.0.0.1 over a plain socket: the request with
/// `Connection: close`, the answer read to its Content-Length. For chromedriver only: it writes headers
/// without a space after the colon (`Content-Length:917`), which FoundationNetworking's client rejects
/// ("Failed writing header").
enum LoopbackHTTP {
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    static func exchange(port: Int, method: String, path: String, body: Data?) throws -> (status: Int, body: Data) {
        let socket = Foundation.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard socket >= 0 else { throw Failure(description: "no socket") }
        defer { close(socket) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = UInt16(port).bigEndian
        let connected = withUnsafePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) == 0
            }
        }
        guard connected else { throw Failure(description: "cannot connect to 127.0.0.1:\(port)") }
        var request = "\(method) \(path) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nConnection: close\r\n"
        if let body {
            request += "Content-Type: application/json; charset=utf-8\r\nContent-Length: \(body.count)\r\n"
        }
        let bytes = Data((request + "\r\n").utf8) + (body ?? Data())
        let written = bytes.withUnsafeBytes { send(socket, $0.baseAddress, $0.count, 0) }
        guard written == bytes.count else { throw Failure(description: "short write") }
        var answer = Data()
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            if let (status, body) = complete(answer) { return (status, body) }
            let count = recv(socket, &buffer, buffer.count, 0)
            if count <= 0 { break }
            answer.append(contentsOf: buffer[0..<count])
        }
        guard let (status, body) = complete(answer, closed: true) else {
            throw Failure(description: "no answer: \(String(decoding: answer, as: UTF8.self))")
        }
        return (status, body)
    }

    /// The status and body once `data` holds the whole answer (its Content-Length, or all of it once
    /// the server closed).
    private static func complete(_ data: Data, closed: Bool = false) -> (Int, Data)? {
        guard let end = data.range(of: Data("\r\n\r\n".utf8)) else { return nil }
        let head = String(decoding: data[..<end.lowerBound], as: UTF8.self)
        let lines = head.components(separatedBy: "\r\n")
        guard let status = lines.first?.split(separator: " ").dropFirst().first.flatMap({ Int($0) }) else { return nil }
        let body = data[end.upperBound...]
        let length = lines.dropFirst().compactMap { line -> Int? in
            let parts = line.split(separator: ":", maxSplits: 1)
            guard parts.count == 2, parts[0].lowercased() == "content-length" else { return nil }
            return Int(parts[1].trimmingCharacters(in: .whitespaces))
        }.first
        if let length { return body.count >= length ? (status, Data(body.prefix(length))) : nil }
        return closed ? (status, Data(body)) : nil
    }
}
