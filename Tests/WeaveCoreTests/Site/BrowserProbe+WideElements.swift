/// JavaScript the layout probes of the browser tests share, put into the pages they load.
extension BrowserProbe {
    /// `wideElements(doc, win)`: the elements that reach past the viewport's right edge without a
    /// scrolling box around them, as `TAG:right:text`.
    static let wideElements = """
    function wideElements(doc, win) {
      const width = doc.documentElement.clientWidth, wide = [];
      for (const e of doc.querySelectorAll('body *')) {
        const r = e.getBoundingClientRect();
        if (r.right > width + 1 && r.width > 0) {
          let p = e.parentElement, boxed = false;
          while (p) { if (win.getComputedStyle(p).overflowX !== 'visible') { boxed = true; break; } p = p.parentElement; }
          if (!boxed) wide.push(e.tagName + ':' + Math.round(r.right) + ':' + (e.textContent || '').slice(0, 30));
        }
      }
      return wide;
    }
    """
}
