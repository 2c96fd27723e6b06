import Foundation

/// NumPy's `.npy` format: a short header (a Python dict literal giving dtype, order and shape)
/// followed by the raw values.
enum NumPyArray {
    /// Why an array could not be read, in words; the caller adds the file and entry.
    struct Failure: Error { let message: String }

    /// The `.npy` bytes of a tensor: format 1.0, little-endian Float64, C order, header padded to 64 bytes.
    static func encode(_ tensor: Tensor) -> [UInt8] {
        let shape: String
        switch tensor.rank {
        case 0: shape = "()"
        case 1: shape = "(\(tensor.shape[0]),)"
        default: shape = "(" + tensor.shape.map(String.init).joined(separator: ", ") + ")"
        }
        var header = "{'descr': '<f8', 'fortran_order': False, 'shape': \(shape), }"
        // Magic (6) + version (2) + length (2) + header + "\n" is a multiple of 64.
        header += String(repeating: " ", count: (64 - (10 + header.utf8.count + 1) % 64) % 64) + "\n"
        var out: [UInt8] = [0x93] + Array("NUMPY".utf8) + [1, 0]
        out.append(le16: UInt16(header.utf8.count))
        out += Array(header.utf8)
        out.reserveCapacity(out.count + 8 * tensor.count)
        for value in tensor.scalars {
            let bits = value.bitPattern.littleEndian
            withUnsafeBytes(of: bits) { out += $0 }
        }
        return out
    }

    /// A tensor from `.npy` bytes of any real or boolean dtype (converted to Float64), in C or Fortran order.
    static func decode(_ bytes: [UInt8]) throws -> Tensor {
        guard bytes.count >= 10, bytes[0] == 0x93, Array(bytes[1..<6]) == Array("NUMPY".utf8) else {
            throw Failure(message: "it is not a .npy array (no \\x93NUMPY magic)")
        }
        let major = bytes[6]
        let headerLength: Int, headerStart: Int
        switch major {
        case 1: headerLength = Int(bytes.uint16(at: 8)!); headerStart = 10
        case 2, 3:
            guard let length = bytes.uint32(at: 8) else { throw Failure(message: "the .npy header is cut short") }
            headerLength = Int(length); headerStart = 12
        default: throw Failure(message: ".npy format version \(major) is not supported (1, 2 and 3 are)")
        }
        guard headerStart + headerLength <= bytes.count else { throw Failure(message: "the .npy header is cut short") }
        let header = String(decoding: bytes[headerStart..<headerStart + headerLength], as: UTF8.self)
        let fields = try NumPyHeader(header)
        let dtype = try NumPyDType(fields.descr)
        var count = 1
        for size in fields.shape {
            let (product, overflow) = count.multipliedReportingOverflow(by: size)
            guard !overflow else { throw Failure(message: "the shape \(fields.shape) is too large") }
            count = product
        }
        let dataStart = headerStart + headerLength
        let (needed, overflow) = count.multipliedReportingOverflow(by: dtype.size)
        guard !overflow, bytes.count - dataStart == needed else {
            throw Failure(message: "shape \(fields.shape) of \(fields.descr) needs \(needed) bytes of data, "
                          + "the array has \(bytes.count - dataStart)")
        }
        var values = [Double](repeating: 0, count: count)
        for i in 0..<count { values[i] = dtype.value(bytes, at: dataStart + i * dtype.size) }
        if fields.fortranOrder && fields.shape.count > 1 {
            // Column-major data is the row-major data of the reversed shape; permute it back.
            let reversed = Tensor(unchecked: values, fields.shape.reversed())
            return withoutGrad { reversed.permuted(Array((0..<fields.shape.count).reversed())) }.detach()
        }
        return Tensor(unchecked: values, fields.shape)
    }
}

/// The three keys of a `.npy` header: `{'descr': '<f8', 'fortran_order': False, 'shape': (2, 3), }`.
private struct NumPyHeader {
    var descr = ""
    var fortranOrder = false
    var shape: [Int] = []

    init(_ text: String) throws {
        func failure(_ detail: String) -> NumPyArray.Failure {
            NumPyArray.Failure(message: "the .npy header \(text.trimmingCharacters(in: .whitespacesAndNewlines)) \(detail)")
        }
        guard let descr = Self.value(of: "descr", in: text), let order = Self.value(of: "fortran_order", in: text),
              let shape = Self.value(of: "shape", in: text) else {
            throw failure("lacks descr, fortran_order or shape")
        }
        self.descr = descr.trimmingCharacters(in: CharacterSet(charactersIn: "'\""))
        switch order {
        case "False": fortranOrder = false
        case "True": fortranOrder = true
        default: throw failure("has fortran_order \(order)")
        }
        guard shape.hasPrefix("("), shape.hasSuffix(")") else { throw failure("has no shape tuple") }
        let inner = shape.dropFirst().dropLast()
        let parts = inner.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        self.shape = try parts.map { part in
            guard let size = Int(part), size >= 0 else { throw failure("has the size \(part) in its shape") }
            return size
        }
    }

    /// The text of the value after `'key':`, up to the next top-level comma (a tuple stays whole).
    private static func value(of key: String, in text: String) -> String? {
        guard let keyRange = text.range(of: "'\(key)'") ?? text.range(of: "\"\(key)\"") else { return nil }
        var rest = text[keyRange.upperBound...].drop { $0 == " " }
        guard rest.first == ":" else { return nil }
        rest = rest.dropFirst().drop { $0 == " " }
        if rest.first == "(" {
            guard let close = rest.firstIndex(of: ")") else { return nil }
            return String(rest[...close])
        }
        let end = rest.firstIndex { $0 == "," || $0 == "}" } ?? rest.endIndex
        return rest[..<end].trimmingCharacters(in: .whitespaces)
    }
}

/// The element types a `.npy` array may have, read as Float64.
private struct NumPyDType {
    enum Kind { case float, signed, unsigned, boolean }
    let kind: Kind
    let size: Int
    let bigEndian: Bool

    init(_ descr: String) throws {
        let endian = descr.first
        guard let endian, "<>|=".contains(endian), let size = Int(descr.dropFirst(2)) else {
            throw NumPyArray.Failure(message: "the dtype \(descr) is not supported")
        }
        let code = descr.dropFirst().first
        switch (code, size) {
        case ("f", 4), ("f", 8): kind = .float
        case ("i", 1), ("i", 2), ("i", 4), ("i", 8): kind = .signed
        case ("u", 1), ("u", 2), ("u", 4), ("u", 8): kind = .unsigned
        case ("b", 1): kind = .boolean
        default:
            throw NumPyArray.Failure(message: "the dtype \(descr) is not supported (floats, integers and booleans are)")
        }
        self.size = size
        bigEndian = endian == ">"
    }

    /// The value whose bytes start at `offset`.
    func value(_ bytes: [UInt8], at offset: Int) -> Double {
        var bits: UInt64 = 0
        for i in 0..<size {
            let byte = UInt64(bytes[offset + (bigEndian ? size - 1 - i : i)])
            bits |= byte << (8 * UInt64(i))
        }
        switch (kind, size) {
        case (.float, 4): return Double(Float(bitPattern: UInt32(bits)))
        case (.float, _): return Double(bitPattern: bits)
        case (.signed, _):
            let shift = UInt64(64 - 8 * size)
            return Double(Int64(bitPattern: bits << shift) >> Int64(shift))
        case (.unsigned, _): return Double(bits)
        case (.boolean, _): return bits == 0 ? 0 : 1
        }
    }
}
