/// A span of time as sellers write it in a reminder: `30m`, `2h`, `1d`, or a sum (`1h30m`).
public struct ReminderDuration: Hashable, Sendable, CustomStringConvertible {
    public let seconds: Int

    public init(seconds: Int) { self.seconds = seconds }

    /// `nil` for anything but digits each followed by `d`, `h` or `m`.
    public init?(parsing text: String) {
        var total = 0
        var digits = ""
        for character in text.trimmingCharacters(in: .whitespaces).lowercased() {
            if character.isASCII, character.isNumber {
                digits.append(character)
                continue
            }
            let unit: Int
            switch character {
            case "d": unit = 86_400
            case "h": unit = 3_600
            case "m": unit = 60
            default: return nil
            }
            // A week of minutes is plenty; a longer number is a typo, not a reminder.
            guard let amount = Int(digits), digits.count <= 6 else { return nil }
            total += amount * unit
            digits = ""
        }
        guard digits.isEmpty, total > 0 || text.trimmingCharacters(in: .whitespaces) == "0m" else { return nil }
        seconds = total
    }

    public var description: String {
        if seconds % 86_400 == 0, seconds > 0 { return "\(seconds / 86_400)d" }
        if seconds % 3_600 == 0, seconds > 0 { return "\(seconds / 3_600)h" }
        return "\(seconds / 60)m"
    }
}
