// weave's side of KaTeX, run in each JavaScriptCore context after katex.min.js.
//
// weaveMath.setup(macrosJSON, output) fixes the options; then weaveMath.many(texs, displays) typesets a
// batch and returns one string per formula: "H" and the HTML, or "E" and the error message (Swift reads
// them as KatexOutcome at once). Strings, not {html}/{error} objects: reading objects through
// JavaScriptCore's C API took 18% more instructions for a first build of 40 notes (4.90 G against 5.98 G).
// The TeX arrives as string arguments (no source text per formula, so nothing to escape).
(function () {
  "use strict";
  var katex = globalThis.katex;
  var baseMacros = {};
  var outputFormat = "htmlAndMathml";

  function message(e) {
    var m = (e && typeof e.message === "string") ? e.message : String(e);
    // KaTeX underlines the offending characters with U+0332; plain text reads better in a terminal.
    return m.replace(/\u0332/g, "");
  }

  function one(tex, display) {
    var macros = {};   // a fresh copy for each formula: \gdef writes into it
    for (var k in baseMacros) macros[k] = baseMacros[k];
    try {
      return "H" + katex.renderToString(tex, {
        displayMode: display,
        output: outputFormat,
        throwOnError: true,
        strict: "ignore",
        trust: false,
        maxExpand: 1000,
        maxSize: 50,
        macros: macros
      });
    } catch (e) {
      return "E" + (e instanceof katex.ParseError ? "" : "KaTeX internal error: ") + message(e);
    }
  }

  function many(texs, displays) {
    var out = new Array(texs.length);
    for (var i = 0; i < texs.length; i++) out[i] = one(texs[i], displays[i]);
    return out;
  }

  function setup(macrosJSON, output) {
    baseMacros = JSON.parse(macrosJSON);
    outputFormat = output;
    return "";
  }

  globalThis.weaveMath = { setup: setup, many: many };
})();
