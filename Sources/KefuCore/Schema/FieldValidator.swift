import Foundation

/// Checks raw values against field specs and normalises them, collecting every problem on the way.
///
/// Normalising here is what makes the canonical form stable: text is NFC with `\n` line ends and no
/// surrounding blanks, locale tags get their standard casing, choices are lower-case, whole numbers
/// are numbers whether written `10` or `"10"`, and empty lists and default values are left out.
struct FieldValidator {
    private(set) var problems: [FieldProblem] = []

    mutating func validateRecord(
        _ raw: [String: FieldValue], specs: [FieldSpec], at path: FieldPath
    ) -> [String: FieldValue] {
        var result: [String: FieldValue] = [:]
        let names = specs.map(\.name)
        for key in raw.keys.sorted() where !names.contains(key) {
            let message =
                if let suggestion = Suggestion.closest(to: key, among: names) {
                    Message(.unknownFieldDidYouMean, key, suggestion)
                } else {
                    Message(.unknownField, key, names.joined(separator: ", "))
                }
            problems.append(FieldProblem(path: path.appending(key), target: .key, message: message))
        }
        for spec in specs {
            guard let value = raw[spec.name] else {
                if spec.isRequired {
                    problems.append(
                        FieldProblem(
                            path: path.appending(spec.name), target: .key, message: Message(.missingField, spec.name)))
                }
                continue
            }
            let fieldPath = path.appending(spec.name)
            guard let normalised = validate(value, shape: spec.shape, name: spec.name, at: fieldPath) else { continue }
            if normalised.isEmptyCollection || normalised == spec.defaultValue {
                if spec.isRequired && normalised.isEmptyCollection {
                    problems.append(FieldProblem(path: fieldPath, message: Message(.emptyField, spec.name)))
                }
                continue
            }
            result[spec.name] = normalised
        }
        return result
    }

    private mutating func validate(_ value: FieldValue, shape: FieldShape, name: String, at path: FieldPath)
        -> FieldValue?
    {
        switch shape {
        case .text:
            return scalarText(value, name: name, at: path).map { .text($0) }
        case .integer:
            guard let text = scalarText(value, name: name, at: path) else { return nil }
            guard let number = Int(text) else { return wrongType(name, .expectInteger, at: path) }
            return .number(Double(number))
        case .number(let range):
            guard let text = scalarText(value, name: name, at: path) else { return nil }
            guard let number = Double(text), number.isFinite else { return wrongType(name, .expectNumber, at: path) }
            guard range.contains(number) else {
                problems.append(
                    FieldProblem(
                        path: path,
                        message: Message(.numberOutOfRange, name, text, "\(range.lowerBound)", "\(range.upperBound)")))
                return nil
            }
            return .number(number)
        case .date:
            guard let text = scalarText(value, name: name, at: path) else { return nil }
            guard let date = BundleDate(parsing: text) else { return wrongType(name, .expectDate, at: path) }
            return .text(date.description)
        case .choice(let choices):
            guard let text = scalarText(value, name: name, at: path) else { return nil }
            return choice(text, among: choices, name: name, at: path).map { .text($0) }
        case .choiceList(let choices):
            guard let texts = textList(value, name: name, at: path) else { return nil }
            let chosen = texts.enumerated().compactMap { index, text in
                choice(text, among: choices, name: name, at: path.appending(index: index))
            }
            return chosen.count == texts.count ? .list(chosen.map { .text($0) }) : nil
        case .reference:
            guard let text = scalarText(value, name: name, at: path) else { return nil }
            guard ItemID.isValid(text) else {
                problems.append(FieldProblem(path: path, message: Message(.invalidReference, name, text)))
                return nil
            }
            return .text(text)
        case .locale:
            guard let text = scalarText(value, name: name, at: path) else { return nil }
            return locale(text, at: path).map { .text($0) }
        case .localeList:
            guard let texts = textList(value, name: name, at: path) else { return nil }
            let tags = texts.enumerated().compactMap { index, text in locale(text, at: path.appending(index: index)) }
            return tags.count == texts.count ? .list(tags.map { .text($0) }) : nil
        case .textList:
            return textList(value, name: name, at: path).map { .list($0.map { .text($0) }) }
        case .textListList:
            guard case .list(let groups) = value else { return wrongType(name, .expectListOfLists, at: path) }
            var result: [FieldValue] = []
            for (index, group) in groups.enumerated() {
                guard let texts = textList(group, name: name, at: path.appending(index: index)) else { continue }
                if !texts.isEmpty { result.append(.list(texts.map { .text($0) })) }
            }
            return .list(result)
        case .localizedText:
            return localizedText(value, name: name, at: path)
        case .reply:
            if case .record(let fields) = value, fields.keys.contains("template") {
                return templateReference(fields, name: name, at: path)
            }
            return localizedText(value, name: name, at: path)
        case .hours:
            guard let text = scalarText(value, name: name, at: path) else { return nil }
            guard let hours = WorkingHours(parsing: text) else { return wrongType(name, .expectHours, at: path) }
            return .text(hours.description)
        case .record(let specs):
            guard case .record(let fields) = value else { return wrongType(name, .expectMapping, at: path) }
            return .record(validateRecord(fields, specs: specs, at: path))
        case .rows:
            // Shop data rows (`data:` in a test): each cell is text, whatever the column.
            return listOfRecords(value, name: name, at: path) { validator, cells, rowPath in
                var row: [String: FieldValue] = [:]
                for column in cells.keys.sorted() {
                    guard let cell = cells[column] else { continue }
                    if let text = validator.scalarText(cell, name: column, at: rowPath.appending(column)) {
                        row[column] = .text(text)
                    }
                }
                return .record(row)
            }
        case .recordList(let specs):
            return listOfRecords(value, name: name, at: path) { validator, fields, elementPath in
                .record(validator.validateRecord(fields, specs: specs, at: elementPath))
            }
        }
    }

    /// A list whose elements must each be a mapping, each made into a value by `element`; an element that
    /// is not a mapping is a problem at its index and is left out.
    private mutating func listOfRecords(
        _ value: FieldValue, name: String, at path: FieldPath,
        _ element: (inout FieldValidator, [String: FieldValue], FieldPath) -> FieldValue
    ) -> FieldValue? {
        guard case .list(let elements) = value else { return wrongType(name, .expectList, at: path) }
        var result: [FieldValue] = []
        for (index, item) in elements.enumerated() {
            let elementPath = path.appending(index: index)
            guard case .record(let fields) = item else {
                problems.append(
                    FieldProblem(path: elementPath, message: Message(.wrongType, name, MessageKey.expectMapping)))
                continue
            }
            result.append(element(&self, fields, elementPath))
        }
        return .list(result)
    }

    private mutating func scalarText(_ value: FieldValue, name: String, at path: FieldPath) -> String? {
        switch value {
        case .text(let text): return CanonicalText.normalise(text)
        case .number(let number): return Int64(exactly: number).map { "\($0)" } ?? "\(number)"
        case .list, .record: return wrongType(name, .expectText, at: path)
        }
    }

    private mutating func textList(_ value: FieldValue, name: String, at path: FieldPath) -> [String]? {
        guard case .list(let elements) = value else { return wrongType(name, .expectList, at: path) }
        var texts: [String] = []
        for (index, element) in elements.enumerated() {
            guard let text = scalarText(element, name: name, at: path.appending(index: index)) else { continue }
            if !text.isEmpty { texts.append(text) }
        }
        return texts
    }

    private mutating func choice(_ text: String, among choices: [String], name: String, at path: FieldPath) -> String? {
        let lowered = text.lowercased()
        if choices.contains(lowered) { return lowered }
        problems.append(
            FieldProblem(
                path: path, message: Message(.invalidChoice, name, text, choices.joined(separator: " | "))))
        return nil
    }

    private mutating func locale(_ text: String, at path: FieldPath) -> String? {
        if let tag = LocaleTag(parsing: text) { return tag.description }
        problems.append(FieldProblem(path: path, message: Message(.invalidLocale, text)))
        return nil
    }

    private mutating func localizedText(_ value: FieldValue, name: String, at path: FieldPath) -> FieldValue? {
        switch value {
        case .text, .number:
            guard let text = scalarText(value, name: name, at: path) else { return nil }
            if let problem = MustacheLimits.problem(in: text) {
                problems.append(FieldProblem(path: path, message: problem))
            }
            return .text(text)
        case .record(let texts):
            var result: [String: FieldValue] = [:]
            for key in texts.keys.sorted() {
                let entryPath = path.appending(key)
                guard let tag = LocaleTag(parsing: key) else {
                    problems.append(FieldProblem(path: entryPath, target: .key, message: Message(.invalidLocale, key)))
                    continue
                }
                guard let entry = texts[key], let text = scalarText(entry, name: name, at: entryPath) else { continue }
                if let problem = MustacheLimits.problem(in: text) {
                    problems.append(FieldProblem(path: entryPath, message: problem))
                }
                result[tag.description] = .text(text)
            }
            return .record(result)
        case .list:
            return wrongType(name, .expectReply, at: path)
        }
    }

    private mutating func templateReference(_ fields: [String: FieldValue], name: String, at path: FieldPath)
        -> FieldValue?
    {
        for key in fields.keys.sorted() where key != "template" {
            problems.append(
                FieldProblem(path: path.appending(key), target: .key, message: Message(.templateReplyExtraKey, key)))
        }
        guard let id = fields["template"].flatMap({ scalarText($0, name: name, at: path.appending("template")) }) else {
            return nil
        }
        guard ItemID.isValid(id) else {
            problems.append(
                FieldProblem(path: path.appending("template"), message: Message(.invalidReference, "template", id)))
            return nil
        }
        return .record(["template": .text(id)])
    }

    private mutating func wrongType<T>(_ name: String, _ expected: MessageKey, at path: FieldPath) -> T? {
        problems.append(FieldProblem(path: path, message: Message(.wrongType, name, expected)))
        return nil
    }
}
