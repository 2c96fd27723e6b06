import Foundation

/// Links, images and embeds on a page: wiki links resolved to pages, files of the notes folder copied into
/// the site under percent-encoded paths, and anything that would run code or leave the notes folder
/// refused with a warning at its line.
extension PageRenderer.State {
    mutating func wikiLink(_ target: String, heading: String?, label: String?, line: Int) -> String {
        if let heading, let link = labelLink(target, label: heading, text: label, line: line) { return link }
        let text = HTML.escape(label ?? heading.map { target.isEmpty ? $0 : "\(target) › \($0)" } ?? target)
        let anchor = heading.map { "#" + Href.path(HeadingIDs.slug($0)) } ?? ""
        if target.isEmpty { return "<a href=\"\(HTML.escape(anchor))\">\(text)</a>" }
        guard let page = links.page(target) else {
            warn(line, "broken wiki link [[\(target)]]: no note with that name")
            return "<span class=\"broken-link\" title=\"no note named \(HTML.escape(target))\">\(text)</span>"
        }
        return "<a href=\"\(rootPrefix)\(HTML.escape(Href.path(page.url) + anchor))\">\(text)</a>"
    }

    mutating func embed(_ target: String, line: Int) -> String {
        let name = target.split(separator: "|").first.map(String.init) ?? target
        let isImage = ["png", "jpg", "jpeg", "gif", "svg", "webp", "bmp"].contains((name as NSString).pathExtension.lowercased())
        if !isImage, links.page(name) != nil { return wikiLink(name, heading: nil, label: nil, line: line) }
        return image(name, alt: name, title: "", line: line, isURL: false)
    }

    /// An image or embedded file: a web image as it is, a file of the notes folder copied into the site;
    /// refused when it would leave the notes folder or (for a Markdown image's URL) names another scheme.
    /// An embed's target is a file name, so `a:b.png` there is a file, not a scheme.
    mutating func image(_ source: String, alt: String, title: String, line: Int, isURL: Bool) -> String {
        let scheme = Href.scheme(source)
        if let scheme, ["http", "https", "data"].contains(scheme) {
            return "<img src=\"\(HTML.escape(Href.written(source)))\" alt=\"\(HTML.escape(alt))\" loading=\"lazy\">"
        }
        if isURL, let scheme {
            return refusedImage(source, line: line, reason: "images come from the notes folder or from http, https or data URLs, not \(scheme): URLs")
        }
        switch links.file(source, from: note.source.relativePath) {
        case .found(let relative):
            assets.insert(relative)
            let t = title.isEmpty ? "" : " title=\"\(HTML.escape(title))\""
            return "<img src=\"\(rootPrefix)files/\(HTML.escape(Href.path(relative)))\" alt=\"\(HTML.escape(alt))\"\(t) loading=\"lazy\">"
        case .refused(let reason):
            return refusedImage(source, line: line, reason: reason)
        case .missing:
            warn(line, "missing image \(Self.shown(source))")
            return "<span class=\"missing-image\">[missing image: \(HTML.escape(source))]</span>"
        }
    }

    mutating func refusedImage(_ source: String, line: Int, reason: String) -> String {
        warn(line, "refused image \(Self.shown(source)): \(reason)")
        return "<span class=\"missing-image\">[refused: \(HTML.escape(source))]</span>"
    }

    /// A Markdown link; refused when its scheme can run code or it climbs out of the notes folder.
    mutating func link(_ destination: String, title: String, content: [Inline]) -> String {
        if let reason = refusal(destination) {
            warn(currentLine, "refused link \(Self.shown(destination)): \(reason)")
            return "<span class=\"broken-link\" title=\"refused: \(HTML.escape(reason))\">\(inlines(content))</span>"
        }
        let t = title.isEmpty ? "" : " title=\"\(HTML.escape(title))\""
        let href = localHref(destination) ?? Href.written(destination)
        return "<a href=\"\(HTML.escape(href))\"\(t)>\(inlines(content))</a>"
    }

    /// A relative link to a note or file of the notes folder, as the site has it: `other.md#标题` leads to
    /// the other note's page and heading, a file to its copy in the site. nil for links that are not
    /// relative paths (web links, anchors on this page, site-absolute paths). A note, heading or file that
    /// does not exist is a warning at the link's line (the link is kept as written).
    mutating func localHref(_ destination: String) -> String? {
        let url = destination.trimmingCharacters(in: .whitespacesAndNewlines)
        guard Href.scheme(url) == nil, let first = url.first, !"/#?".contains(first) else { return nil }
        let hash = url.firstIndex(of: "#")
        let rawPath = String(url[..<(hash ?? url.endIndex)])
        let fragment = hash.map { String(url[url.index(after: $0)...]) }.map { $0.removingPercentEncoding ?? $0 }
        let path = rawPath.removingPercentEncoding ?? rawPath
        let folder = (note.source.relativePath as NSString).deletingLastPathComponent
        var parts: [Substring] = []
        for part in (folder.isEmpty ? path : "\(folder)/\(path)").split(separator: "/") where part != "." {
            if part == ".." { _ = parts.popLast() } else { parts.append(part) }
        }
        let target = parts.joined(separator: "/")
        if path.lowercased().hasSuffix(".md") {
            guard let page = links.page(atPath: target) else {
                warn(currentLine, "broken link \(Self.shown(destination)): no note \(Self.shown(target)) in the notes folder")
                return nil
            }
            guard let fragment, !fragment.isEmpty else { return rootPrefix + Href.path(page.url) }
            let id = page.headingIDs.contains(fragment) ? fragment : HeadingIDs.slug(fragment)
            if !page.headingIDs.contains(id) {
                warn(currentLine, "broken link \(Self.shown(destination)): \(page.relativePath) has no heading \(Self.shown(fragment))")
            }
            return rootPrefix + Href.path(page.url) + "#" + Href.path(id)
        }
        switch links.file(path, from: note.source.relativePath) {
        case .found(let relative):
            assets.insert(relative)
            return rootPrefix + "files/" + Href.path(relative) + (fragment.map { "#" + Href.path($0) } ?? "")
        case .refused, .missing:
            warn(currentLine, "broken link \(Self.shown(destination)): no file \(Self.shown(target)) in the notes folder")
            return nil
        }
    }

    /// Why a link must not be on the page, if it must not.
    func refusal(_ destination: String) -> String? {
        if let scheme = Href.scheme(destination) { return Self.refusedSchemes[scheme] }
        let url = destination.trimmingCharacters(in: .whitespacesAndNewlines.union(.controlCharacters))
        guard let first = url.first, !"/#?".contains(first) else { return nil }
        let path = String(url.prefix { $0 != "#" && $0 != "?" })
        return LinkResolver.leavesFolder(path.removingPercentEncoding ?? path, from: note.source.relativePath) ? LinkResolver.outside : nil
    }

    static let refusedSchemes = [
        "javascript": "javascript: links run code in the reader's browser",
        "vbscript": "vbscript: links run code in the reader's browser",
        "data": "data: links can hold pages that run code",
        "file": "file: links name files on this computer, outside the notes folder",
    ]

    /// A URL or file name as a message shows it: control characters (line breaks, escapes) spelled out
    /// and the rest cut after 100 characters.
    static func shown(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars.prefix(100) {
            out += scalar.properties.generalCategory == .control ? "\\u{\(String(scalar.value, radix: 16))}" : String(scalar)
        }
        return text.unicodeScalars.count > 100 ? out + "…" : out
    }
}
