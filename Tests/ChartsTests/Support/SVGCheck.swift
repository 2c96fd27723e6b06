import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing

/// What a test needs to know about an SVG after parsing it as XML.
struct ParsedSVG {
    var rootAttributes: [String: String] = [:]
    var title = ""
    var desc = ""
    /// How many elements of each name the document has.
    var elementCounts: [String: Int] = [:]
    /// The content of every `<text>` element, in document order.
    var texts: [String] = []
    /// Every `id` attribute, in document order.
    var ids: [String] = []

    func count(_ element: String) -> Int { elementCounts[element, default: 0] }
}

/// Parses `svg` with Foundation's XMLParser; records a test failure if it is not well-formed XML.
@discardableResult
func parseSVG(_ svg: String, sourceLocation: SourceLocation = #_sourceLocation) -> ParsedSVG {
    let (parsed, problems) = inspectSVG(svg)
    for problem in problems { Issue.record(Comment(rawValue: problem), sourceLocation: sourceLocation) }
    return parsed
}

/// Parses `svg` and lists what keeps it from being a well-formed SVG document (none when it is one).
func inspectSVG(_ svg: String) -> (parsed: ParsedSVG, problems: [String]) {
    let delegate = SVGCollector()
    let parser = XMLParser(data: Data(svg.utf8))
    parser.delegate = delegate
    var problems: [String] = []
    if !parser.parse() {
        problems.append("SVG is not well-formed XML: \(parser.parserError.map { "\($0)" } ?? "unknown error")")
    }
    // Linux's XMLParser recovers from some errors, so check nesting and entities here too.
    if !delegate.nestingErrors.isEmpty { problems.append("badly nested tags: \(delegate.nestingErrors)") }
    if !delegate.isBalanced { problems.append("unclosed elements") }
    if svg.range(of: #"&(?!(amp|lt|gt|quot|apos|#[0-9]+|#x[0-9a-fA-F]+);)"#, options: .regularExpression) != nil {
        problems.append("unescaped & in SVG")
    }
    if delegate.result.rootName != "svg" { problems.append("root element is not <svg>") }
    return (delegate.result.parsed, problems)
}

/// `svg` unchanged, after checking that it is well-formed XML (for tests that compare SVG text).
func checked(_ svg: String, sourceLocation: SourceLocation = #_sourceLocation) -> String {
    parseSVG(svg, sourceLocation: sourceLocation)
    return svg
}

private final class SVGCollector: NSObject, XMLParserDelegate {
    var result: (rootName: String?, parsed: ParsedSVG) = (nil, ParsedSVG())
    private var stack: [String] = []
    private var characters = ""
    private var started = false
    var nestingErrors: [String] = []
    var isBalanced: Bool { started && stack.isEmpty }

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]) {
        if result.rootName == nil {
            result.rootName = elementName
            result.parsed.rootAttributes = attributeDict
        }
        result.parsed.elementCounts[elementName, default: 0] += 1
        if let id = attributeDict["id"] { result.parsed.ids.append(id) }
        stack.append(elementName)
        started = true
        characters = ""
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        characters += string
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?) {
        switch elementName {
        case "title" where stack.count == 2: result.parsed.title = characters
        case "desc" where stack.count == 2: result.parsed.desc = characters
        case "text": result.parsed.texts.append(characters)
        default: break
        }
        if stack.last != elementName { nestingErrors.append("</\(elementName)> closes <\(stack.last ?? "nothing")>") }
        if !stack.isEmpty { stack.removeLast() }
        characters = ""
    }
}
