/// A sentence model that answered with something other than one vector per text.
public enum SentenceEncoderError: Error, CustomStringConvertible {
    case wrongShape

    public var description: String { "the sentence model returned vectors of the wrong size" }
}
