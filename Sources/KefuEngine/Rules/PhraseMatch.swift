/// One occurrence of a phrase in a text: which phrase, and its UTF-8 byte range.
public struct PhraseMatch: Hashable, Sendable {
    public var phrase: Int32
    public var start: Int
    public var end: Int
}
