// The only file in weave that touches JavaScriptCore's C API (Debian's libjavascriptcoregtk-4.1).
//
// Lifetimes, as the C API wants them:
// - every JSStringRef we create or receive (JSStringCreate…, JSValueToStringCopy) is released with
//   JSStringRelease before the function returns;
// - JSValueRefs are garbage-collected values; the ones we keep across calls (the function object) are
//   JSValueProtect-ed and JSValueUnprotect-ed in deinit; arguments and results are protected for the
//   length of a call (see `JavaScriptFunction.call`), since Swift arrays are not scanned by the collector;
// - the global context is released in deinit, after the protected values it owns.
//
// A context is not for concurrent use: callers use one context from one thread at a time (the math
// typesetter keeps a pool, one context per worker). Each context gets its own context group (its own VM),
// so contexts on different threads run truly in parallel.

import CJavaScriptCore
import Foundation

/// A JavaScript exception, or a value that was not what the caller expected.
struct JavaScriptError: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}

/// An argument passed from Swift to a JavaScript function.
enum JavaScriptArgument {
    case string(String)
    case bool(Bool)
    /// A JavaScript array of strings.
    case strings([String])
    /// A JavaScript array of booleans.
    case bools([Bool])
}

/// One JavaScript global context (its own VM).
final class JavaScriptContext {
    fileprivate let ref: JSGlobalContextRef

    init() {
        _ = Self.tuneOnce
        // nil class: an ordinary global object. A new context group per context (no sharing).
        ref = JSGlobalContextCreate(nil)
    }

    /// Turns off JavaScriptCore's top compiler tier (FTL) before the first virtual machine starts.
    ///
    /// A build typesets a few thousand formulas at most, and FTL spends more CPU compiling KaTeX than such
    /// a run gets back: on 40 pages of 36 formulas, a first build takes ~0.51 s instead of ~0.6–0.7 s
    /// (2 cores). Very long runs lose ~10% of steady-state speed. `JSC_useFTLJIT` in the environment wins.
    private static let tuneOnce: Void = {
        if getenv("JSC_useFTLJIT") == nil { _ = jsc_options_set_boolean("useFTLJIT", 0) }
    }()

    deinit {
        JSGlobalContextRelease(ref)
    }

    /// Runs a script for its effects (e.g. a library defining globals).
    func evaluate(_ source: String, sourceURL: String) throws {
        _ = try evaluateValue(source, sourceURL: sourceURL)
    }

    /// Runs a script whose completion value is a function, e.g. `(function () { … })`, and keeps that
    /// function for repeated calls.
    func evaluateFunction(_ source: String, sourceURL: String) throws -> JavaScriptFunction {
        let value = try evaluateValue(source, sourceURL: sourceURL)
        var exception: JSValueRef?
        guard let object = JSValueToObject(ref, value, &exception), exception == nil,
              JSObjectIsFunction(ref, object) else {
            throw JavaScriptError(message: "\(sourceURL): the script's value is not a function")
        }
        return JavaScriptFunction(context: self, object: object)
    }

    /// Asks the collector to run now (tests and long runs; JavaScriptCore also collects on its own).
    func collectGarbage() {
        JSGarbageCollect(ref)
    }

    private func evaluateValue(_ source: String, sourceURL: String) throws -> JSValueRef? {
        let script = makeJSString(source)
        defer { JSStringRelease(script) }
        let url = makeJSString(sourceURL)
        defer { JSStringRelease(url) }
        var exception: JSValueRef?
        let value = JSEvaluateScript(ref, script, nil, url, 1, &exception)
        if let exception {
            throw JavaScriptError(message: "\(sourceURL): \(string(from: exception) ?? "JavaScript exception")")
        }
        return value
    }

    /// The string value of any JavaScript value (its `String(value)`), or nil if converting throws.
    fileprivate func string(from value: JSValueRef?) -> String? {
        var exception: JSValueRef?
        guard let js = JSValueToStringCopy(ref, value, &exception), exception == nil else { return nil }
        defer { JSStringRelease(js) }
        return swiftString(js)
    }
}

/// A JavaScript function kept alive (protected) for repeated calls from Swift.
final class JavaScriptFunction {
    private let context: JavaScriptContext   // strong: the context outlives its protected values
    private let object: JSObjectRef

    fileprivate init(context: JavaScriptContext, object: JSObjectRef) {
        self.context = context
        self.object = object
        JSValueProtect(context.ref, object)
    }

    deinit {
        JSValueUnprotect(context.ref, object)
    }

    /// Calls the function with `this` undefined and returns its result converted to a string.
    /// A JavaScript exception is thrown as a `JavaScriptError`.
    func callReturningString(_ arguments: [JavaScriptArgument]) throws -> String {
        try call(arguments) { result in
            guard let text = context.string(from: result) else {
                throw JavaScriptError(message: "the function's result could not be converted to a string")
            }
            return text
        }
    }

    /// Calls the function, which returns an array; returns its elements converted to strings.
    func callReturningStrings(_ arguments: [JavaScriptArgument]) throws -> [String] {
        try call(arguments) { result in
            try elements(of: result) { i, element in
                guard let text = context.string(from: element) else {
                    throw JavaScriptError(message: "element \(i) of the result is not a string")
                }
                return text
            }
        }
    }

    /// Reads the elements of an array the function returned.
    private func elements<T>(of result: JSValueRef?, _ read: (Int, JSValueRef?) throws -> T) throws -> [T] {
        let ctx = context.ref
        var exception: JSValueRef?
        guard let array = JSValueToObject(ctx, result, &exception), exception == nil else {
            throw JavaScriptError(message: "the function did not return an array")
        }
        let lengthName = makeJSString("length")
        defer { JSStringRelease(lengthName) }
        let lengthValue = JSObjectGetProperty(ctx, array, lengthName, &exception)
        let length = exception == nil ? JSValueToNumber(ctx, lengthValue, &exception) : .nan
        guard exception == nil, length.isFinite, length >= 0 else {
            throw JavaScriptError(message: "the function did not return an array")
        }
        var out: [T] = []
        out.reserveCapacity(Int(length))
        for i in 0..<Int(length) {
            let element = JSObjectGetPropertyAtIndex(ctx, array, UInt32(i), &exception)
            guard exception == nil else { throw JavaScriptError(message: "element \(i) of the result could not be read") }
            out.append(try read(i, element))
        }
        return out
    }

    /// Converts the arguments, calls the function and hands the result to `body`.
    ///
    /// Garbage collection: values referenced only from Swift heap memory (an array of JSValueRefs) are
    /// invisible to JavaScriptCore's conservative stack scan, and any allocation may collect. So every
    /// argument is protected from creation until after the call, array elements are stored into their
    /// (protected) array as soon as they are made, and the result is protected while `body` reads it.
    private func call<T>(_ arguments: [JavaScriptArgument], _ body: (JSValueRef?) throws -> T) throws -> T {
        let ctx = context.ref
        var values: [JSValueRef?] = []
        values.reserveCapacity(arguments.count)
        defer { for case let value? in values { JSValueUnprotect(ctx, value) } }

        func keep(_ value: JSValueRef?) {
            if let value { JSValueProtect(ctx, value) }
            values.append(value)
        }
        func array(count: Int, element: (Int) -> JSValueRef?) throws {
            var exception: JSValueRef?
            guard let object = JSObjectMakeArray(ctx, 0, nil, &exception), exception == nil else {
                throw JavaScriptError(message: context.string(from: exception) ?? "could not make an array")
            }
            keep(object)
            for i in 0..<count {
                JSObjectSetPropertyAtIndex(ctx, object, UInt32(i), element(i), &exception)
                if exception != nil {
                    throw JavaScriptError(message: context.string(from: exception) ?? "could not fill an array")
                }
            }
        }

        for argument in arguments {
            switch argument {
            case .string(let s):
                keep(makeJSValue(ctx, s))
            case .bool(let b):
                keep(JSValueMakeBoolean(ctx, b))
            case .strings(let list):
                try array(count: list.count) { makeJSValue(ctx, list[$0]) }
            case .bools(let list):
                try array(count: list.count) { JSValueMakeBoolean(ctx, list[$0]) }
            }
        }

        var exception: JSValueRef?
        let result = values.withUnsafeBufferPointer { buffer in
            JSObjectCallAsFunction(ctx, object, nil, buffer.count, buffer.baseAddress, &exception)
        }
        if let exception {
            throw JavaScriptError(message: context.string(from: exception) ?? "JavaScript exception")
        }
        if let result { JSValueProtect(ctx, result) }
        defer { if let result { JSValueUnprotect(ctx, result) } }
        return try body(result)
    }
}

/// A JavaScript string value holding `s` (the intermediate JSString is released at once: the value
/// keeps its own copy).
private func makeJSValue(_ ctx: JSContextRef, _ s: String) -> JSValueRef? {
    let js = makeJSString(s)
    defer { JSStringRelease(js) }
    return JSValueMakeString(ctx, js)
}

// MARK: - JSStringRef <-> Swift String, through UTF-16 (JavaScript's own encoding; NUL-safe, no re-encoding
// on the JavaScript side).

/// A new JSStringRef; the caller releases it with JSStringRelease.
private func makeJSString(_ s: String) -> JSStringRef {
    var units = Array(s.utf16)
    let count = units.count
    if units.isEmpty { units.append(0) }   // a valid pointer; the length stays 0
    return units.withUnsafeBufferPointer { buffer in
        JSStringCreateWithCharacters(buffer.baseAddress, count)
    }
}

private func swiftString(_ js: JSStringRef) -> String {
    let length = JSStringGetLength(js)
    guard length > 0, let chars = JSStringGetCharactersPtr(js) else { return "" }
    return String(decoding: UnsafeBufferPointer(start: chars, count: length), as: UTF16.self)
}
