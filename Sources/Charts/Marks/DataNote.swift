/// A sentence that a chart shows under the plot (and in its `<desc>`) about data it could not draw.
struct DataNote: Equatable {
    var text: String
    /// Whether the sentence counts values the chart skipped (NaN, ±∞, or ≤ 0 on a log axis), which
    /// an author may have meant (a gap at a pole, a masked cell) and can ask the chart not to show.
    var aboutSkippedValues = false

    init(_ text: String, aboutSkippedValues: Bool = false) {
        self.text = text
        self.aboutSkippedValues = aboutSkippedValues
    }
}

/// The sentences that charts show (visibly and in `<desc>`) about data they could not draw.
enum DataNotes {
    /// Notes about skipped values of the series called `label`.
    static func skipped(label: String, nonFinite: Int, nonPositive: Int, unpaired: Int, logAxes: String) -> [DataNote] {
        var notes: [DataNote] = []
        if nonFinite > 0 {
            notes.append(DataNote(sentence(label, "skipped \(nonFinite) non-finite value\(nonFinite == 1 ? "" : "s") (NaN or ±∞)."),
                                  aboutSkippedValues: true))
        }
        if nonPositive > 0 {
            notes.append(DataNote(sentence(label, "skipped \(nonPositive) value\(nonPositive == 1 ? "" : "s") ≤ 0 that the log \(logAxes) axis cannot show."),
                                  aboutSkippedValues: true))
        }
        if unpaired > 0 {
            notes.append(DataNote(sentence(label, "x and y differ in length; ignored \(unpaired) unpaired value\(unpaired == 1 ? "" : "s").")))
        }
        return notes
    }

    /// "label: text" for a named series, or the text as a sentence starting with a capital.
    static func sentence(_ label: String, _ text: String) -> String {
        guard label.isEmpty else { return "\(label): \(text)" }
        guard let first = text.first else { return text }
        return first.uppercased() + text.dropFirst()
    }
}
