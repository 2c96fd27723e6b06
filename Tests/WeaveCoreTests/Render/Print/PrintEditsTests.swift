import Foundation
import Testing
@testable import WeaveCore

@Suite struct PrintEditsTests {
    let body = "<h1 id=\"t\">T</h1>\n<p id=\"x\">梯度</p>"

    /// The edits `PrintAnchors` makes for `body` on page `a.html`.
    var edits: PrintEdits { PrintAnchors(pageURLs: ["a.html"]).edits(body, url: "a.html") }

    @Test func editsReplaceOnlyTheirBytes() {
        #expect(edits.edits.map(\.text) == ["a--t", "a--x"])
        #expect(edits.applied(to: body) == "<h1 id=\"a--t\">T</h1>\n<p id=\"a--x\">梯度</p>")
        #expect(PrintEdits([.init(start: 2, end: 2, text: " open")]).applied(to: "<p>x") == "<p open>x")
    }

    @Test func aBodyAppendedInTwoPartsIsTheWholeBodyEdited() {
        let split = Array(body.utf8).firstRange(of: Array("</h1>\n".utf8))!.upperBound
        var out = Data()
        var copy = body
        copy.withUTF8 { bytes in
            edits.append(bytes, 0..<split, to: &out)
            out += "|"
            edits.append(bytes, split..<bytes.count, to: &out)
        }
        #expect(String(decoding: out, as: UTF8.self) == "<h1 id=\"a--t\">T</h1>\n|<p id=\"a--x\">梯度</p>")
    }

    /// Edits come from the page cache: ones that do not fit the body are left out, never a trap.
    @Test func editsThatDoNotFitAreLeftOut() {
        let odd = PrintEdits([.init(start: 2, end: 1, text: "backwards"), .init(start: 1, end: 3, text: "B"),
                              .init(start: 2, end: 4, text: "overlaps"), .init(start: 4, end: 99, text: "past the end")])
        #expect(odd.applied(to: "abcd") == "aBd")
    }
}
