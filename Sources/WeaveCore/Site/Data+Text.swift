import Foundation

extension Data {
    /// Appends the UTF-8 bytes of `text`, copied in one step: pages are written straight into the bytes
    /// of their file, without a string of the whole page first.
    static func += (data: inout Data, text: some StringProtocol) {
        data.append(contentsOf: text.utf8)
    }
}
