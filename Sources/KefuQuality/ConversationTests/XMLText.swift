/// Text made safe inside XML elements and attributes, for the JUnit file and the HTML report: the five
/// entities escaped, and control characters XML 1.0 cannot carry dropped (a buyer's stray one).
enum XMLText {
    static func escaped(_ text: String) -> String {
        var escaped = ""
        for character in text {
            switch character {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            case "'": escaped += "&apos;"
            default:
                // XML 1.0 has no way to write most control characters; a buyer's stray one is dropped.
                if let scalar = character.unicodeScalars.first, scalar.value < 0x20, !"\n\t\r".contains(character) {
                    continue
                }
                escaped.append(character)
            }
        }
        return escaped
    }
}
