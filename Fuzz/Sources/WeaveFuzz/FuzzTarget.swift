import Foundation
import WeaveCore

/// libFuzzer's entry point: one input, as the bytes of a note, through Load → Parse → Render.
///
/// Math is "typeset" by a stub that echoes the TeX, so the run needs no KaTeX and stays fast; the
/// link resolver looks at an empty folder. Any crash, trap or stack overflow is a finding.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let data = bytes.map { Data(bytes: $0, count: count) } ?? Data()
    guard let source = try? NoteLoader.load(data, displayPath: "fuzz.md", relativePath: "fuzz.md") else { return 0 }
    let note = NoteParser.parse(source)
    let renderer = PageRenderer(links: LinkResolver(root: emptyFolder, notes: [note]))
    let page = renderer.render(note, outcome: nil) { tex, display in
        MathResult(html: display ? "<div>\(tex)</div>" : "<span>\(tex)</span>")
    }
    precondition((note.diagnostics + page.warnings).allSatisfy { $0.file == "fuzz.md" && $0.line >= 1 },
                 "a message without its file and line: \(note.diagnostics + page.warnings)")
    return 0
}

/// An empty folder standing in for the notes folder, made once per run.
let emptyFolder: URL = {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("weave-fuzz-\(getpid())")
    try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}()

/// libFuzzer's driver, which parses the command line and calls `LLVMFuzzerTestOneInput`.
@_silgen_name("LLVMFuzzerRunDriver")
func runFuzzerDriver(_ argc: UnsafeMutablePointer<CInt>,
                     _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
                     _ test: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt) -> CInt

/// The program's entry point in a debug build: SwiftPM links a debug executable with `main` renamed to
/// `<target>_main` (so tests can import it), which would leave libFuzzer's own `main` unused.
@_cdecl("WeaveFuzz_main")
public func weaveFuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var count = argc
    var arguments = argv
    return runFuzzerDriver(&count, &arguments) { fuzzOneInput($0, $1) }
}
