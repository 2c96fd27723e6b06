import Foundation
import Testing
@testable import WeaveServe

struct RequestHeadReaderTests {
    /// Hands out `bytes` in chunks of `size`, counting what was taken; throws at the end.
    final class Source {
        let bytes: [UInt8]
        let size: Int
        var taken = 0
        init(_ text: String, chunks size: Int) { bytes = Array(text.utf8); self.size = size }
        init(_ bytes: [UInt8], chunks size: Int) { self.bytes = bytes; self.size = size }
        func read() throws -> [UInt8] {
            guard taken < bytes.count else { throw RequestHeadReader.Closed() }
            let chunk = Array(bytes[taken..<min(taken + size, bytes.count)])
            taken += chunk.count
            return chunk
        }
    }

    @Test func readsPipelinedHeadsArrivingByteByByte() async throws {
        let source = Source("GET /a.html HTTP/1.1\r\nHost: localhost\r\n\r\nHEAD /b.html HTTP/1.1\nHost: localhost\n\nGET /c", chunks: 1)
        var reader = RequestHeadReader()
        let first = try await reader.next { try source.read() }
        let second = try await reader.next { try source.read() }
        #expect(first.method == "GET" && first.target == "/a.html")
        #expect(second.method == "HEAD" && second.target == "/b.html" && second.headers["host"] == "localhost")
        await #expect(throws: RequestHeadReader.Closed.self) { try await reader.next { try source.read() } }
    }

    @Test func aLongRequestLineIsRefusedAfterReadingLittleMoreThanTheLimit() async throws {
        let limits = RequestHeadReader.Limits(requestLine: 100, head: 1000, fields: 10)
        // 200 KB of request line, never ended: the reader stops at the limit (plus one chunk).
        let source = Source(Array("GET /".utf8) + [UInt8](repeating: 0x61, count: 200_000), chunks: 64)
        var reader = RequestHeadReader(limits: limits)
        await #expect(throws: HTTPHead.Problem.requestLineTooLong) { try await reader.next { try source.read() } }
        #expect(source.taken <= 100 + 2 * 64)
        // An ended line one byte over the limit too; one exactly at the limit is fine.
        var over = RequestHeadReader(limits: limits)
        let overSource = Source("GET /" + String(repeating: "a", count: 87) + " HTTP/1.1\r\n\r\n", chunks: 4096)
        await #expect(throws: HTTPHead.Problem.requestLineTooLong) { try await over.next { try overSource.read() } }
        var exact = RequestHeadReader(limits: limits)
        let exactSource = Source("GET /" + String(repeating: "a", count: 86) + " HTTP/1.1\r\n\r\n", chunks: 4096)
        #expect(try await exact.next { try exactSource.read() }.target.count == 87)
    }

    @Test func aLargeHeadOrTooManyFieldsIsRefusedAfterReadingLittleMoreThanTheLimit() async throws {
        let limits = RequestHeadReader.Limits(requestLine: 100, head: 1000, fields: 10)
        let big = Source("GET / HTTP/1.1\r\nX-Big: " + String(repeating: "b", count: 200_000), chunks: 64)
        var reader = RequestHeadReader(limits: limits)
        await #expect(throws: HTTPHead.Problem.headTooLarge) { try await reader.next { try big.read() } }
        #expect(big.taken <= 1000 + 64)
        // Endless empty lines before the request line count towards the head.
        let blank = Source(String(repeating: "\r\n", count: 100_000), chunks: 64)
        var blankReader = RequestHeadReader(limits: limits)
        await #expect(throws: HTTPHead.Problem.headTooLarge) { try await blankReader.next { try blank.read() } }
        let many = Source("GET / HTTP/1.1\r\n" + String(repeating: "X: 1\r\n", count: 11) + "\r\n", chunks: 4096)
        var manyReader = RequestHeadReader(limits: limits)
        await #expect(throws: HTTPHead.Problem.headTooLarge) { try await manyReader.next { try many.read() } }
    }

    @Test func aConnectionThatEndsMidHeadOrSendsNothingMoreIsClosed() async throws {
        let source = Source("GET / HTTP/1.1\r\nHost: loc", chunks: 7)
        var reader = RequestHeadReader()
        await #expect(throws: RequestHeadReader.Closed.self) { try await reader.next { try source.read() } }
        var empty = RequestHeadReader()
        await #expect(throws: RequestHeadReader.Closed.self) { try await empty.next { [] } }
    }
}
