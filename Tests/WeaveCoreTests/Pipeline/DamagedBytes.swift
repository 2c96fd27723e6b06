import Foundation

/// Every damaged copy of a cache file the tests try: each byte flipped, the file cut at each length, and
/// 0xFFFFFFFF written at each offset (a huge count or length wherever one may sit).
enum DamagedBytes {
    static func variants(of data: Data) -> [(what: String, bytes: Data)] {
        let bytes = [UInt8](data)
        var out: [(String, Data)] = []
        for i in bytes.indices {
            var flipped = bytes
            flipped[i] ^= 0xFF
            out.append(("byte \(i) flipped", Data(flipped)))
            out.append(("cut at \(i)", Data(bytes[..<i])))
            if i + 4 <= bytes.count, bytes[i..<i + 4] != [0xFF, 0xFF, 0xFF, 0xFF] {
                var huge = bytes
                huge.replaceSubrange(i..<i + 4, with: [0xFF, 0xFF, 0xFF, 0xFF])
                out.append(("0xFFFFFFFF at \(i)", Data(huge)))
            }
        }
        return out
    }
}
