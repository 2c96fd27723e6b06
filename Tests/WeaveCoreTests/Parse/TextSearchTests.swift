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
}
