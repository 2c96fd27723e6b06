import Foundation
import Testing
@testable import WeaveCore

@Suite struct TextSearchTests {
    @Test func findsTextByBytesInChineseProse() {
        let text = "设损失 $L$，则梯度为 [[反向传播]] 见 https://example.org"
        let range = text.byteRange(of: "[[")
        #expect(range.map { String(text[$0.lowerBound...].prefix(6)) } == "[[反向传播")
        #expect(text.includes("$") && text.includes("梯度") && text.includes("https://"))
        #expect(!text.includes("$$") && !text.includes("www."))
        #expect(text.byteRange(of: "") == text.startIndex..<text.startIndex)
        #expect("".byteRange(of: "a") == nil)
    }

    @Test func findsAMatchAfterAFalseStart() {
        #expect("aab".byteRange(of: "ab").map { "aab".distance(from: "aab".startIndex, to: $0.lowerBound) } == 1)
        #expect("==高亮== 和 ==另一个==".byteRange(of: "==") != nil)
        let sub = "xx--yy--zz".dropFirst(3)
        #expect(sub.byteRange(of: "--").map { String(sub[$0.upperBound...]) } == "zz")
    }

    @Test func piecesAgreeWithFoundationsComponents() {
        for (text, separator) in [("a==b==c", "=="), ("==x==", "=="), ("无分隔符", "=="), ("", "~~"),
                                  ("删除~~线~~文字~~", "~~"), ("a====b", "==")] {
            #expect(text.pieces(separatedBy: separator) == text.components(separatedBy: separator), "\(text)")
        }
    }

    @Test func findsTheSameAsFoundationOnNativeAndBridgedTextAndSubstrings() {
        let cases: [(String, String)] = [("设损失 $L$，则", "$"), ("$$x$$", "$$"), ("ab", "abc"), ("aaab", "aab"),
                                         ("末尾是针", "是针"), ("ä ä", "ä"), ("x", "x")]
        for (text, needle) in cases {
            let expected = text.range(of: needle).map { text.utf8.distance(from: text.startIndex, to: $0.lowerBound) }
            let found = text.byteRange(of: needle).map { text.utf8.distance(from: text.startIndex, to: $0.lowerBound) }
            #expect(found == expected, "\(text) / \(needle)")
            // A string bridged from Foundation may not be native UTF-8: the generic search answers.
            let bridged = String(NSString(string: text))
            #expect(bridged.byteRange(of: needle).map { bridged.utf8.distance(from: bridged.startIndex, to: $0.lowerBound) } == expected)
        }
        let sub = "前缀$a$后缀".dropFirst(2)
        #expect(sub.byteRange(of: "$").map { String(sub[$0.lowerBound...]) } == "$a$后缀")
    }

    @Test func linesAreWhatSplittingAtLineFeedsGives() {
        for text in ["", "\n", "a", "a\n", "\na", "一\n\n二\n", "tab\there\n  缩进\n", "\u{301}\nx"] {
            #expect(text.lineSlices() == text.split(separator: "\n", omittingEmptySubsequences: false), "\(text.debugDescription)")
        }
    }

    @Test func trimmingSpacesIsFoundationsTrimmingOfWhitespace() {
        for text in ["", "   ", " a ", "\t$x$\t", "\u{3000}全角空格\u{3000}", "\u{00A0}nbsp", " \u{301}组合", "中 间 空",
                     "line\n", " \n "] {
            #expect(text.trimmingSpaces() == text.trimmingCharacters(in: .whitespaces), "\(text.debugDescription)")
            #expect(text[...].trimmingSpaces() == text.trimmingCharacters(in: .whitespaces))
        }
    }
}
