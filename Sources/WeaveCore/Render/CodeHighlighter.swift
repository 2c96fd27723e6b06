import Foundation

/// Highlights code in languages other than Swift at build time, with Debian's highlight.js
/// (`libjs-highlight.js`) running in JavaScriptCore, so pages carry coloured code and no script.
///
/// highlight.js escapes the code it returns; its token classes (`hljs-keyword`, …) are coloured by
/// weave's stylesheet in both themes. Engines are loaded on first use (a build without such code never
/// loads the script) and kept in a pool, one per thread at a time, like the math typesetter's.
///
/// Unchecked: `idle`, `script` and `unavailable` are guarded by `lock`, and an engine is used by one thread
/// at a time, from `checkout` to `checkin` (a Mutex cannot hand out its non-Sendable engines).
public final class CodeHighlighter: @unchecked Sendable {
    /// Where Debian installs highlight.js.
    public static let defaultScriptPath = URL(fileURLWithPath: "/usr/share/javascript/highlight.js/highlight.min.js")
    /// The highlighter pages use.
    public static let shared = CodeHighlighter()

    private let scriptPath: URL
    private let lock = NSLock()
    private var idle: [HighlightEngine] = []
    private var script: String?
    private var unavailable = false

    public init(scriptPath: URL = CodeHighlighter.defaultScriptPath) {
        self.scriptPath = scriptPath
    }

    /// The code as highlighted HTML, or nil when highlight.js is not installed or does not know `language`.
    public func html(_ code: String, language: String) -> String? {
        guard !language.isEmpty, let engine = checkout() else { return nil }
        defer { checkin(engine) }
        guard let html = try? engine.highlight(code, language: language), !html.isEmpty || code.isEmpty else { return nil }
        return html
    }

    private func checkout() -> HighlightEngine? {
        lock.lock()
        if let engine = idle.popLast() {
            lock.unlock()
            return engine
        }
        if unavailable {
            lock.unlock()
            return nil
        }
        if script == nil { script = try? String(contentsOf: scriptPath, encoding: .utf8) }
        let source = script
        lock.unlock()
        guard let source, let engine = try? HighlightEngine(script: source, url: scriptPath.path) else {
            lock.lock()
            unavailable = true
            lock.unlock()
            return nil
        }
        return engine
    }

    private func checkin(_ engine: HighlightEngine) {
        lock.lock()
        idle.append(engine)
        lock.unlock()
    }
}

/// One JavaScript context with highlight.js loaded. Used by one thread at a time.
private final class HighlightEngine {
    let context = JavaScriptContext()
    let highlight: JavaScriptFunction

    init(script: String, url: String) throws {
        // highlight.js 9 registers itself on `self` (or `window`) and may warn on the console.
        try context.evaluate("globalThis.self = globalThis; globalThis.console = { log() {}, warn() {}, error() {}, info() {} };",
                             sourceURL: "weave-highlight-prelude.js")
        try context.evaluate(script, sourceURL: url)
        highlight = try context.evaluateFunction("""
            (function (code, language) {
              if (!globalThis.hljs || !hljs.getLanguage(language)) return "";
              return hljs.highlight(language, code, true).value;
            })
            """, sourceURL: "weave-highlight-adapter.js")
    }

    func highlight(_ code: String, language: String) throws -> String {
        try highlight.callReturningString([.string(code), .string(language)])
    }
}
