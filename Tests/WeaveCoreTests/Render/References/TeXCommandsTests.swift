import Foundation
import Testing
@testable import WeaveCore

@Suite struct TeXCommandsTests {
    @Test func findsCommandsWithTheirArgumentsStarsAndRanges() {
        let tex = "a = b \\tag*{A} \\label{eq:x} \\notag \\eqref {eq:y}"
        let found = TeXCommands.find(tex, names: ["tag", "label", "notag", "eqref"])
        #expect(found.map(\.name) == ["tag", "label", "notag", "eqref"])
        #expect(found.map(\.argument) == ["A", "eq:x", nil, "eq:y"])
        #expect(found.map(\.starred) == [true, false, false, false])
        let bytes = Array(tex.utf8)
        #expect(found.map { String(decoding: bytes[$0.range], as: UTF8.self) } == ["\\tag*{A}", "\\label{eq:x}", "\\notag", "\\eqref {eq:y}"])
    }

    @Test func namesMustMatchWholeAndControlSymbolsAreNotCommands() {
        // `\\` then `label`: a line break followed by letters; `\labels` and `\refx` are other commands.
        #expect(TeXCommands.find("a \\\\label{x} \\labels{y} \\refx{z}", names: ["label", "ref"]).isEmpty)
    }

    @Test func commentsHideCommandsInTeXButNotInProse() {
        #expect(TeXCommands.find("a % \\label{x}\n+ b", names: ["label"]).isEmpty)
        #expect(TeXCommands.find("100% sure, \\ref{fig:a}", names: ["ref"], comments: false).map(\.argument) == ["fig:a"])
    }

    @Test func argumentsNestBracesAndAnUnclosedOrOverlongOneIsNoArgument() {
        #expect(TeXCommands.find("\\tag{$\\{1\\}$}", names: ["tag"]).first?.argument == "$\\{1\\}$")
        #expect(TeXCommands.find("\\ref{eq:x", names: ["ref"]).first?.argument == nil)
        let long = "\\ref{" + String(repeating: "x", count: TeXCommands.longestArgument + 1) + "}"
        #expect(TeXCommands.find(long, names: ["ref"]).first?.argument == nil)
    }

    @Test func replacingKeepsEverythingBetweenTheCommands() {
        let text = "见 \\eqref{a} 与 \\ref{b}。"
        let found = TeXCommands.find(text, names: ["eqref", "ref"])
        #expect(TeXCommands.replacing(found, in: text) { "<\($0.argument!)>" } == "见 <a> 与 <b>。")
    }
}
