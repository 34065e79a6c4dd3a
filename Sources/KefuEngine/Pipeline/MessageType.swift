/// What kind of message the buyer sent; only text is read, the others get a configured reply or none.
public enum MessageType: String, CaseIterable, Sendable, Codable {
    case text, image, video, voice, sticker
}
