/// A count with its noun, singular or plural: "1 page", "2 pages".
enum Count {
    static func of(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }
}

