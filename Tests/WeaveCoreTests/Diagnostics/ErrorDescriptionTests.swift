import Foundation
import Testing
@testable import WeaveCore

@Suite struct ErrorDescriptionTests {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("weave-errors-\(UUID().uuidString)")

    /// Errors as Foundation throws them, in the words the messages use.
    @Test func foundationFileErrorsInWords() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("x.md"), withIntermediateDirectories: true)
        func words(_ body: () throws -> Void) -> String {
            do { try body() } catch { return ErrorDescription.words(error) }
            return "no error"
        }
        #expect(words { _ = try Data(contentsOf: folder.appendingPathComponent("x.md")) } == "is a directory")
        #expect(words { _ = try Data(contentsOf: folder.appendingPathComponent("none.md")) } == "no such file or directory")
        #expect(words { try Data().write(to: folder.appendingPathComponent("none/x.html")) } == "no such file or directory")
        #expect(words { try FileManager.default.createDirectory(at: folder.appendingPathComponent("x.md"), withIntermediateDirectories: false) }
            == "file exists")
    }

    @Test func systemAndFoundationCodesInWords() {
        #expect(ErrorDescription.words(POSIXError(.EACCES)) == "permission denied")
        #expect(ErrorDescription.words(POSIXError(.EROFS)) == "read-only file system")
        #expect(ErrorDescription.words(NSError(domain: NSCocoaErrorDomain, code: CocoaError.fileWriteNoPermission.rawValue,
                                               userInfo: [NSUnderlyingErrorKey: NSError(domain: NSPOSIXErrorDomain, code: Int(EACCES))]))
            == "permission denied")
        #expect(ErrorDescription.words(CocoaError(.fileWriteVolumeReadOnly)) == "read-only file system")
        #expect(ErrorDescription.words(CocoaError(.fileReadNoPermission)) == "permission denied")
        #expect(ErrorDescription.words(Diagnostic(.error, file: "x", "broken")) == "broken")
        let unknown = ErrorDescription.words(CocoaError(.featureUnsupported))
        #expect(!unknown.contains("Domain=") && !unknown.contains("UserInfo"), "\(unknown)")
    }
}
