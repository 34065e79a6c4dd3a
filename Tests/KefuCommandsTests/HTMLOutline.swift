import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// What a test needs to know about a report page, read with Foundation's XMLParser: whether it is
/// well-formed, how many of each element it has, its section ids and its text.
final class HTMLOutline: NSObject, XMLParserDelegate {
    private(set) var elements: [String: Int] = [:]
    private(set) var sections: [String] = []
    private(set) var text = ""
    private(set) var parsed = false
    private(set) var error: String?

    init(contentsOf url: URL) throws {
        super.init()
        let parser = XMLParser(data: try Data(contentsOf: url))
        parser.delegate = self
        parsed = parser.parse()
        error = parser.parserError.map { "\($0)" }
    }

    func parser(
        _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        elements[name, default: 0] += 1
        if name == "section", let id = attributes["id"] { sections.append(id) }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }
}
