import Foundation
import Hummingbird
import KefuApp
import KefuCore

/// Reads a request's JSON body under the bridge's limits: at most `maximumBytes` (413 beyond), one JSON
/// object (400 otherwise) whose fields are all known (400 naming the unknown one, so a misspelt `sesion`
/// is not silently ignored).
enum RequestBody {
    /// One buyer message is far less; the same bound as a `serve --stdio` line.
    static let maximumBytes = 1 << 20

    static func object(of request: Request, fields: Set<String>) async throws -> Data {
        let buffer: ByteBuffer
        do {
            buffer = try await request.body.collect(upTo: maximumBytes)
        } catch let error as any HTTPResponseError where error.status == .contentTooLarge {
            throw APIError(.contentTooLarge, Message(.httpBodyTooLarge, maximumBytes))
        }
        let data = Data(buffer.readableBytesView)
        // Foundation's parser bounds nesting depth; the size is bounded above.
        guard let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else {
            throw APIError(.badRequest, Message(.requestBadJSON, "not a JSON object"))
        }
        if let unknown = object.keys.sorted().first(where: { !fields.contains($0) }) {
            throw APIError(.badRequest, Message(.httpUnknownField, unknown, fields.sorted().joined(separator: ", ")))
        }
        return data
    }

    /// The body decoded as `Value`, checked as `object(of:fields:)` does.
    static func decode<Value: Decodable>(_ type: Value.Type, of request: Request, fields: Set<String>) async throws
        -> Value
    {
        let data = try await object(of: request, fields: fields)
        do {
            return try JSONDecoder().decode(Value.self, from: data)
        } catch let error as APIError {
            throw error
        } catch {
            throw APIError(.badRequest, Message(.requestBadJSON, RequestProblem.reason(error)))
        }
    }
}
