/// Text of `width` UTF-8 bytes that the program generator inserted before a 1-based note column.
///
/// swiftc reports columns of the generated line; a note line's shifts map them back to the note's own.
struct ColumnShift: Equatable, Sendable {
    var column: Int
    var width: Int

    /// The note's column for column `generated` of a generated line that had `shifts` (in column order) inserted.
    ///
    /// A column inside inserted text maps to the note column the text was inserted before.
    static func noteColumn(_ generated: Int, shifts: [ColumnShift]) -> Int {
        var inserted = 0
        for shift in shifts {
            let start = shift.column + inserted
            if generated < start { break }
            if generated < start + shift.width { return shift.column }
            inserted += shift.width
        }
        return Swift.max(1, generated - inserted)
    }
}
