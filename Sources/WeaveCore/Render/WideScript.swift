/// Scripts written without spaces between words (Chinese, Japanese kana, and their full-width punctuation),
/// where a line break in the source is not a space in the sentence.
enum WideScript {
    /// Whether `c` belongs to a script written without spaces between words.
    static func isWide(_ c: Character) -> Bool {
        guard let scalar = c.unicodeScalars.first else { return false }
        switch scalar.value {
        case 0x3000...0x303F,   // CJK symbols and punctuation (。、「」…)
             0x3040...0x30FF,   // hiragana, katakana
             0x3400...0x4DBF,   // CJK extension A
             0x4E00...0x9FFF,   // CJK unified ideographs
             0xF900...0xFAFF,   // CJK compatibility ideographs
             0xFF00...0xFFEF,   // full-width forms (，：！？（）)
             0x20000...0x3FFFF: // CJK extensions B and later
            return true
        default:
            return false
        }
    }
}
