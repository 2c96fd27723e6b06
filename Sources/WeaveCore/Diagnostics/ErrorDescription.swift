import Foundation

/// Says what went wrong with a file in a few plain words ("permission denied", "is a directory"), so that
/// no message shows a Foundation error dump such as `Error Domain=NSCocoaErrorDomain Code=256 "(null)"`.
///
/// Use it after the file's name: `cannot read notes/x.md: permission denied`.
public enum ErrorDescription {
    /// The error in words: the system's reason when the error carries one (as `strerror` words it),
    /// else a phrase for the common file errors, else a short generic phrase.
    public static func words(_ error: any Error) -> String {
        if let diagnostic = error as? Diagnostic { return diagnostic.message }
        if let code = systemCode(error) { return words(errno: code) }
        if let cocoa = error as? CocoaError, let phrase = phrases[cocoa.code] { return phrase }
        if let described = (error as? LocalizedError)?.errorDescription { return described }
        let ns = error as NSError
        return "an unexpected error (\(ns.domain) \(ns.code))"
    }

    /// A system error number in words: `EACCES` → "permission denied".
    public static func words(errno code: Int32) -> String {
        let text = String(cString: strerror(code))
        return text.prefix(1).lowercased() + text.dropFirst()
    }

    /// The system error number inside `error` (itself, or the error underneath a Foundation error).
    static func systemCode(_ error: any Error) -> Int32? {
        if let posix = error as? POSIXError { return posix.code.rawValue }
        let ns = error as NSError
        if ns.domain == NSPOSIXErrorDomain { return Int32(truncatingIfNeeded: ns.code) }
        if let underlying = ns.userInfo[NSUnderlyingErrorKey] as? any Error { return systemCode(underlying) }
        return nil
    }

    /// Foundation's file errors that carry no system error.
    private static let phrases: [CocoaError.Code: String] = [
        .fileNoSuchFile: "no such file or directory",
        .fileReadNoSuchFile: "no such file or directory",
        .fileReadNoPermission: "permission denied",
        .fileWriteNoPermission: "permission denied",
        .fileWriteVolumeReadOnly: "read-only file system",
        .fileWriteOutOfSpace: "no space left on device",
        .fileWriteFileExists: "file exists",
        .fileReadTooLarge: "the file is too large",
        .fileReadCorruptFile: "the file is damaged",
        .fileReadInvalidFileName: "the file name is not valid",
        .fileWriteInvalidFileName: "the file name is not valid",
        .fileReadInapplicableStringEncoding: "the file is not valid text",
    ]
}
