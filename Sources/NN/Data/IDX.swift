import Foundation

/// Reads and writes IDX files, the format MNIST and Fashion-MNIST ship in (plain, uncompressed files
/// only: gunzip `train-images-idx3-ubyte.gz` first).
///
/// Layout: two zero bytes, a type code, the number of dimensions d, then d big-endian UInt32 sizes,
/// then the values in row-major order, big-endian. MNIST images start with the magic number
/// 0x00000803 (unsigned bytes, 3 dimensions [N, 28, 28]) and labels with 0x00000801 ([N]).
///
///     let images = try IDX.read(file: "train-images-idx3-ubyte")        // [60000, 28, 28], values 0…255
///     let labels = try IDX.readLabels(file: "train-labels-idx1-ubyte")  // [Int]
public enum IDX {
    /// The value types an IDX file can hold, by type code.
    public enum ValueType: UInt8, CaseIterable {
        case unsignedByte = 0x08, signedByte = 0x09, int16 = 0x0B, int32 = 0x0C, float32 = 0x0D, float64 = 0x0E

        /// Bytes per value.
        public var size: Int {
            switch self {
            case .unsignedByte, .signedByte: return 1
            case .int16: return 2
            case .int32, .float32: return 4
            case .float64: return 8
            }
        }
    }

    /// Reads the file at `path` as a tensor with the file's dimensions.
    public static func read(file path: String) throws -> Tensor {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw DataError(file: path, "cannot read the file (missing or unreadable)")
        }
        return try decode([UInt8](data), source: path)
    }

    /// Reads a rank-1 file of whole numbers (a label file) as an array of Ints.
    public static func readLabels(file path: String) throws -> [Int] {
        let tensor = try read(file: path)
        guard tensor.rank == 1 else {
            throw DataError(file: path, "a label file has 1 dimension; this one has shape \(describe(tensor.shape))")
        }
        return try tensor.scalars.enumerated().map { i, v in
            guard v == v.rounded(), Swift.abs(v) < 0x1p53 else {
                throw DataError(file: path, "label \(i) is \(v), not a whole number")
            }
            return Int(v)
        }
    }

    /// Decodes IDX bytes; `source` names them in errors.
    public static func decode(_ bytes: [UInt8], source: String = "<bytes>") throws -> Tensor {
        func fail(_ message: String) -> DataError { DataError(file: source, "IDX: " + message) }
        guard bytes.count >= 4 else {
            throw fail("the file has \(bytes.count) bytes, too short for the 4-byte magic number")
        }
        let magic = bytes[0..<4].map { String(format: "%02X", $0) }.joined()
        guard bytes[0] == 0, bytes[1] == 0 else {
            throw fail("wrong magic number 0x\(magic): an IDX file starts with two zero bytes "
                       + "(e.g. 0x00000803 for MNIST images); a gzipped file must be unpacked first")
        }
        guard let type = ValueType(rawValue: bytes[2]) else {
            throw fail("unknown type code 0x\(String(format: "%02X", bytes[2])) in magic number 0x\(magic) "
                       + "(known: 08, 09, 0B, 0C, 0D, 0E)")
        }
        let rank = Int(bytes[3])
        let headerSize = 4 + 4 * rank
        guard bytes.count >= headerSize else {
            throw fail("truncated header: \(rank) dimensions need \(headerSize) bytes, the file has \(bytes.count)")
        }
        let shape = (0..<rank).map { Int(bigEndianInteger(bytes, at: 4 + 4 * $0, size: 4)) }
        let (count, overflow) = shape.reduce((1, false)) { acc, s in
            let (p, o) = acc.0.multipliedReportingOverflow(by: s)
            return (p, acc.1 || o)
        }
        let expected = headerSize + count * type.size
        guard !overflow, bytes.count >= expected else {
            throw fail("truncated data: shape \(describe(shape)) of \(type) values needs \(expected) bytes, the file has \(bytes.count)")
        }
        guard bytes.count == expected else {
            throw fail("\(bytes.count - expected) unexpected bytes after the data of shape \(describe(shape))")
        }
        let values = [Double](unsafeUninitializedCapacity: count) { out, filled in
            bytes.withUnsafeBufferPointer { b in
                for i in 0..<count {
                    let at = headerSize + i * type.size
                    switch type {
                    case .unsignedByte: out[i] = Double(b[at])
                    case .signedByte: out[i] = Double(Int8(bitPattern: b[at]))
                    case .int16: out[i] = Double(Int16(bitPattern: UInt16(bigEndianInteger(b, at: at, size: 2))))
                    case .int32: out[i] = Double(Int32(bitPattern: UInt32(bigEndianInteger(b, at: at, size: 4))))
                    case .float32: out[i] = Double(Float(bitPattern: UInt32(bigEndianInteger(b, at: at, size: 4))))
                    case .float64: out[i] = Double(bitPattern: bigEndianInteger(b, at: at, size: 8))
                    }
                }
            }
            filled = count
        }
        return Tensor(unchecked: values, shape)
    }

    /// Encodes a tensor as IDX bytes; values must fit `type` (integers are rounded toward zero).
    public static func encode(_ tensor: Tensor, as type: ValueType = .unsignedByte,
                              file: StaticString = #fileID, line: UInt = #line) -> [UInt8] {
        if tensor.rank > 255 || tensor.shape.contains(where: { $0 > Int(UInt32.max) }) {
            EngineFailure.fail("IDX.encode", "shape \(describe(tensor.shape)) does not fit an IDX header", file: file, line: line)
        }
        let ranges: [ValueType: ClosedRange<Double>] = [.unsignedByte: 0...255, .signedByte: -128...127,
                                                        .int16: -32768...32767, .int32: -2147483648...2147483647]
        if let range = ranges[type], let bad = tensor.scalars.first(where: { !range.contains($0) }) {
            EngineFailure.fail("IDX.encode", "value \(bad) does not fit \(type) (\(range))", file: file, line: line)
        }
        var bytes: [UInt8] = [0, 0, type.rawValue, UInt8(tensor.rank)]
        for size in tensor.shape { appendBigEndian(UInt64(size), size: 4, to: &bytes) }
        bytes.reserveCapacity(bytes.count + tensor.count * type.size)
        for v in tensor.scalars {
            switch type {
            case .unsignedByte: bytes.append(UInt8(v))
            case .signedByte: bytes.append(UInt8(bitPattern: Int8(v)))
            case .int16: appendBigEndian(UInt64(UInt16(bitPattern: Int16(v))), size: 2, to: &bytes)
            case .int32: appendBigEndian(UInt64(UInt32(bitPattern: Int32(v))), size: 4, to: &bytes)
            case .float32: appendBigEndian(UInt64(Float(v).bitPattern), size: 4, to: &bytes)
            case .float64: appendBigEndian(v.bitPattern, size: 8, to: &bytes)
            }
        }
        return bytes
    }

    /// Writes a tensor to `path` as an IDX file.
    public static func write(_ tensor: Tensor, to path: String, as type: ValueType = .unsignedByte,
                             file: StaticString = #fileID, line: UInt = #line) throws {
        let bytes = encode(tensor, as: type, file: file, line: line)
        do {
            try Data(bytes).write(to: URL(fileURLWithPath: path))
        } catch {
            throw DataError(file: path, "cannot write the file: \(error.localizedDescription)")
        }
    }

    private static func bigEndianInteger<C: RandomAccessCollection>(_ bytes: C, at offset: Int, size: Int) -> UInt64
    where C.Element == UInt8, C.Index == Int {
        var value: UInt64 = 0
        for k in 0..<size { value = value << 8 | UInt64(bytes[offset + k]) }
        return value
    }

    private static func appendBigEndian(_ value: UInt64, size: Int, to bytes: inout [UInt8]) {
        for k in stride(from: size - 1, through: 0, by: -1) { bytes.append(UInt8(truncatingIfNeeded: value >> (8 * UInt64(k)))) }
    }
}
