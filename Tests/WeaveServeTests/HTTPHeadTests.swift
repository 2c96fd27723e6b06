import Foundation
import Testing
@testable import WeaveServe

struct HTTPHeadTests {
    private func parse(_ text: String) throws -> HTTPHead { try HTTPHead(parsing: ArraySlice(Array(text.utf8))) }

    @Test func readsTheRequestLineAndFieldsWithCRLFOrLF() throws {
        let head = try parse("\r\nGET /a%20b.html?page=x.html&since=3 HTTP/1.1\r\nHost: localhost:8000\r\nAccept:  */* \naccept: text/html\r\n\r\n")
        #expect(head.method == "GET" && head.version == "HTTP/1.1")
        #expect(head.target == "/a%20b.html?page=x.html&since=3")
        #expect(head.path == "/a%20b.html")
        #expect(head.query == ["page": "x.html", "since": "3"])
        #expect(head.headers == ["host": "localhost:8000", "accept": "*/*, text/html"])
        #expect(head.keepsAlive && !head.hasBody)
    }

    @Test func connectionAndBodyFields() throws {
        #expect(try !parse("GET / HTTP/1.1\r\nConnection: Keep-Alive, close\r\n\r\n").keepsAlive)
        #expect(try !parse("GET / HTTP/1.0\r\n\r\n").keepsAlive)
        #expect(try parse("GET / HTTP/1.0\r\nConnection: keep-alive\r\n\r\n").keepsAlive)
        #expect(try parse("GET / HTTP/1.1\r\nContent-Length: 5\r\n\r\n").hasBody)
        #expect(try parse("GET / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n").hasBody)
        #expect(try !parse("GET / HTTP/1.1\r\nContent-Length: 0\r\n\r\n").hasBody)
    }

    @Test func refusesWhatIsNotAPlainRequest() {
        for text in ["GET /\r\n\r\n", "GET  / HTTP/1.1\r\n\r\n", "get / HTTP/1.1\r\n\r\n", "GET / HTTP/2.0\r\n\r\n",
                     "GET http://evil.example/ HTTP/1.1\r\n\r\n", "GET / HTTP/1.1\r\nHost: a\r\n folded\r\n\r\n",
                     "GET / HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n", "GET / HTTP/1.1\r\nNo colon\r\n\r\n",
                     "GET / HTTP/1.1\r\nBad Name: x\r\n\r\n", "GET / HTTP/1.1\r\nX: a\u{0}b\r\n\r\n", "\r\n\r\n"] {
            #expect(throws: HTTPHead.Problem.self, "\(text.debugDescription)") { try parse(text) }
        }
    }
}
