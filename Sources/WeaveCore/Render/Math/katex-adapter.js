// weave's side of KaTeX, run in each JavaScriptCore context after katex.min.js.
//
// weaveMath.setup(macrosJSON, output) fixes the options; then weaveMath.many(texs, displays) typesets a
// batch and returns one object per formula: {html: "…"} or {error: "message"}. The TeX arrives as
// string arguments (no source text per formula, so nothing to escape).
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
      return { html: katex.renderToString(tex, {
        displayMode: display,
        output: outputFormat,
        throwOnError: true,
        strict: "ignore",
        trust: false,
        maxExpand: 1000,
        maxSize: 50,
        macros: macros
      }) };
    } catch (e) {
      return { error: (e instanceof katex.ParseError ? "" : "KaTeX internal error: ") + message(e) };
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
