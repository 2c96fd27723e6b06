import Foundation

/// Reads numeric CSV data into a matrix tensor.
///
///     let table = try CSV.read(file: "data/points.csv", header: true)
///     table.names        // ["x", "y", "label"]
///     table.values       // [N, 3] tensor
///
/// Every field must be a number (as Swift's `Double("…")` reads it, surrounding spaces allowed) and
/// every record must have as many fields as the first. Quoting, CRLF line ends, a missing final line
/// break and empty lines are handled (see `CSVParser`); an empty file gives a [0, 0] tensor.
/// Problems are thrown as `DataError`s naming the file, line and column.
public enum CSV {
    /// Reads the CSV file at `path`.
    public static func read(file path: String, header: Bool = false, delimiter: Character = ",") throws -> CSVTable {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw DataError(file: path, "cannot read the file (missing or unreadable)")
        }
        return try parse([UInt8](data), header: header, delimiter: delimiter, source: path)
    }

    /// Reads CSV text; `source` names it in errors.
    public static func read(text: String, header: Bool = false, delimiter: Character = ",",
                            source: String = "<string>") throws -> CSVTable {
        try parse(Array(text.utf8), header: header, delimiter: delimiter, source: source)
    }

    static func parse(_ bytes: [UInt8], header: Bool, delimiter: Character, source: String) throws -> CSVTable {
        guard let d = delimiter.asciiValue, d != UInt8(ascii: "\""), d != UInt8(ascii: "\n"), d != UInt8(ascii: "\r") else {
            EngineFailure.fail("CSV.read", "the delimiter must be one ASCII character other than a quote or line break, "
                               + "got \(delimiter.debugDescription)")
        }
        let parser = CSVParser(bytes: bytes, delimiter: d, source: source)
        var records = try parser.records()
        guard let first = records.first else { return CSVTable(names: [], values: Tensor(unchecked: [], [0, 0]), source: source, lines: []) }
        let width = first.count
        var names: [String] = []
        if header {
            names = first.map { $0.text.trimmingCharacters(in: .whitespaces) }
            records.removeFirst()
        }
        var values: [Double] = []
        values.reserveCapacity(records.count * width)
        for record in records {
            if record.count != width {
                let what = header ? "the header has" : "the first record has"
                throw parser.error(record[Swift.min(width, record.count - 1)],
                                   "record has \(record.count) fields but \(what) \(width)")
            }
            for (k, field) in record.enumerated() {
                let text = field.text.trimmingCharacters(in: .whitespaces)
                guard let value = Double(text) else {
                    var message = text.isEmpty ? "field \(k + 1) is empty (missing values are not supported)"
                                               : "field \(k + 1) is not a number: \(text.debugDescription)"
                    if !header && field.line == 1 { message += " (if line 1 is a header, pass header: true)" }
                    throw parser.error(field, message)
                }
                values.append(value)
            }
        }
        return CSVTable(names: names, values: Tensor(unchecked: values, [records.count, width]),
                        source: source, lines: records.map { $0[0].line })
    }
}

/// A numeric table read from CSV: the column names (empty without a header) and the values.
public struct CSVTable {
    /// The header's column names, or [] when the file had no header.
    public let names: [String]
    /// The values, shape [rows, columns].
    public let values: Tensor
    /// The file (or source name) the table came from, for messages.
    public let source: String
    /// The line on which each row starts, for messages.
    let lines: [Int]

    /// A table made in code; `names` may be empty.
    public init(names: [String], values: Tensor, source: String = "<table>") {
        self.init(names: names, values: values, source: source, lines: [])
    }

    init(names: [String], values: Tensor, source: String, lines: [Int]) {
        if values.rank != 2 || !(names.isEmpty || names.count == values.shape[1]) {
            EngineFailure.fail("CSVTable", "needs a [rows, columns] tensor and one name per column (or none); "
                               + "got shape \(describe(values.shape)) and \(names.count) names")
        }
        self.names = names
        self.values = values
        self.source = source
        self.lines = lines
    }

    /// The number of data rows.
    public var rowCount: Int { values.shape[0] }
    /// The number of columns.
    public var columnCount: Int { values.shape[1] }

    /// The column named `name` as a [rows] tensor, or nil when there is no such column.
    public func column(_ name: String) -> Tensor? {
        names.firstIndex(of: name).map { values[..., $0] }
    }

    /// A classification data set: column `labelColumn` (negative counts from the end) holds whole-number
    /// class labels ≥ 0, the other columns are the features.
    public func dataset(labelColumn: Int = -1) throws -> Dataset {
        let c = labelColumn < 0 ? labelColumn + columnCount : labelColumn
        guard c >= 0 && c < columnCount else {
            throw DataError(file: source, "label column \(labelColumn) is out of range for \(columnCount) columns")
        }
        let width = columnCount, n = rowCount
        var features: [Double] = []
        features.reserveCapacity(n * (width - 1))
        var labels: [Int] = []
        labels.reserveCapacity(n)
        for i in 0..<n {
            let row = values.scalars[(i * width)..<((i + 1) * width)]
            let label = row[row.startIndex + c]
            guard label >= 0, label == label.rounded(), label < Double(Int32.max) else {
                throw DataError(file: source, line: i < lines.count ? lines[i] : nil,
                                "row \(i + 1): label \(label) in column \(c + 1) is not a class index (0, 1, 2, …)")
            }
            labels.append(Int(label))
            for (k, v) in row.enumerated() where k != c { features.append(v) }
        }
        return Dataset(features: Tensor(unchecked: features, [n, width - 1]), labels: labels)
    }
}
