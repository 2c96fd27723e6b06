/// weave's stylesheet: readable on phones, in dark mode and in print; charts take their colours from it.
enum Stylesheet {
    static let css = """
    :root {
      --bg: #ffffff; --fg: #1f2328; --muted: #59636e; --border: #d1d9e0; --soft: #f6f8fa;
      --accent: #0969da; --pass: #1a7f37; --fail: #cf222e; --mark: #fff3b0;
      --callout-blue: #0969da; --callout-cyan: #0e7c86; --callout-green: #1a7f37; --callout-yellow: #8a6100;
      --callout-orange: #bc4c00; --callout-red: #cf222e; --callout-purple: #8250df; --callout-grey: #59636e;
      --chart-fg: #1f2328; --chart-muted: #59636e; --chart-grid: #e6e9ed; --chart-bg: transparent;
      --font: "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", system-ui, -apple-system, "Segoe UI", sans-serif;
      --mono: ui-monospace, "SFMono-Regular", "DejaVu Sans Mono", Menlo, Consolas, monospace;
      color-scheme: light dark;
    }
    @media (prefers-color-scheme: dark) {
      :root {
        --bg: #0d1117; --fg: #e6edf3; --muted: #9198a1; --border: #3d444d; --soft: #151b23;
        --accent: #4493f8; --pass: #3fb950; --fail: #f85149; --mark: #5c4a00;
        --callout-blue: #4493f8; --callout-cyan: #39c5cf; --callout-green: #3fb950; --callout-yellow: #d29922;
        --callout-orange: #db6d28; --callout-red: #f85149; --callout-purple: #ab7df8; --callout-grey: #9198a1;
        --chart-fg: #e6edf3; --chart-muted: #9198a1; --chart-grid: #2a313a;
      }
    }
    * { box-sizing: border-box; }
    html { -webkit-text-size-adjust: 100%; }
    body { margin: 0; background: var(--bg); color: var(--fg); font: 16px/1.75 var(--font); }
    a { color: var(--accent); text-decoration: none; }
    a:hover { text-decoration: underline; }
    .site-header { display: flex; align-items: center; justify-content: space-between; gap: 1rem; padding: .6rem 1.2rem; border-bottom: 1px solid var(--border); }
    .site-title { font-weight: 700; color: var(--fg); min-width: 0; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
    .site-search { flex: 0 1 14rem; min-width: 6.5rem; margin: 0; }
    .site-search input, .search-form input { width: 100%; font: inherit; font-size: .9rem; color: var(--fg); background: var(--soft); border: 1px solid var(--border); border-radius: 6px; padding: .25rem .6rem; }
    .site-search input:focus, .search-form input:focus { outline: 2px solid var(--accent); outline-offset: -1px; background: var(--bg); }
    .search-form { margin: 0 0 .8rem; }
    .search-form input { font-size: 1.05rem; padding: .5rem .8rem; }
    .search-status { color: var(--muted); font-size: .9rem; min-height: 1.5em; }
    .search-results { list-style: none; padding: 0; }
    .search-result { padding: .75rem 0; border-bottom: 1px solid var(--border); }
    .search-result > a { display: block; font-weight: 600; overflow-wrap: anywhere; }
    .search-page:has(+ .search-section) { color: var(--muted); font-weight: 400; }
    .search-section::before { content: " › "; color: var(--muted); font-weight: 400; }
    .search-snippet { margin: .2rem 0 0; color: var(--muted); font-size: .92rem; overflow-wrap: anywhere; }
    pre.search-snippet { background: none; border: 0; padding: 0; white-space: pre-wrap; }
    .search-snippet mark, .search-result > a mark { color: var(--fg); padding: 0; }
    .layout { display: grid; grid-template-columns: 15rem minmax(0, 1fr) 13rem; gap: 2rem; max-width: 82rem; margin: 0 auto; padding: 0 1.2rem; }
    .sidebar { position: sticky; top: 0; align-self: start; max-height: 100vh; overflow-y: auto; padding: 1.2rem 0; font-size: .92rem; }
    .sidebar ol { list-style: none; margin: 0; padding: 0; counter-reset: note; }
    .sidebar li { margin: .15rem 0; }
    .sidebar a { color: var(--muted); display: block; padding: .15rem .4rem; border-radius: 4px; }
    .sidebar a[aria-current="page"] { color: var(--fg); background: var(--soft); font-weight: 600; }
    main { min-width: 0; padding: 1.2rem 0 3rem; }
    .toc { position: sticky; top: 0; align-self: start; padding: 1.2rem 0; font-size: .85rem; max-height: 100vh; overflow-y: auto; }
    .toc ul { list-style: none; margin: 0; padding: 0; }
    .toc .toc-1 { font-weight: 600; margin-top: .4rem; } .toc .toc-3 { padding-left: .9rem; }
    .toc .katex { font-size: 1em; }
    .toc-title { font-weight: 600; color: var(--muted); margin-bottom: .3rem; }
    h1, h2, h3, h4, h5, h6 { line-height: 1.35; margin: 2rem 0 .8rem; }
    h4 { font-size: 1.1rem; } h5 { font-size: 1rem; } h6 { font-size: 1rem; color: var(--muted); }
    h1 { font-size: 1.9rem; margin-top: .5rem; }
    h2 { font-size: 1.45rem; padding-bottom: .3rem; border-bottom: 1px solid var(--border); }
    .anchor { margin-left: .4rem; color: var(--muted); opacity: 0; font-weight: 400; }
    h1:hover .anchor, h2:hover .anchor, h3:hover .anchor, h4:hover .anchor, .anchor:focus { opacity: 1; }
    .page-meta { color: var(--muted); font-size: .9rem; margin-bottom: 1.5rem; }
    .edit-page { margin-top: 2rem; font-size: .9rem; }
    .tags { display: inline; list-style: none; padding: 0; margin: 0 0 0 .6rem; }
    .tags li { display: inline-block; background: var(--soft); border: 1px solid var(--border); border-radius: 999px; padding: 0 .55rem; margin: 0 .25rem .25rem 0; font-size: .8rem; }
    p, ul, ol, blockquote, table { margin: 0 0 1rem; }
    blockquote { margin-left: 0; padding: .2rem 1rem; border-left: 4px solid var(--border); color: var(--muted); }
    code { font-family: var(--mono); font-size: .88em; background: var(--soft); padding: .1em .35em; border-radius: 4px; }
    pre { font-family: var(--mono); font-size: .86rem; line-height: 1.55; overflow-x: auto; background: var(--soft); border: 1px solid var(--border); border-radius: 6px; padding: .75rem 1rem; margin: 0 0 1rem; }
    pre code { background: none; padding: 0; font-size: inherit; }
    mark { background: var(--mark); color: inherit; padding: 0 .15em; }
    img { max-width: 100%; height: auto; }
    article div, article video, article iframe, article figure, article svg { max-width: 100%; }
    hr { border: 0; border-top: 1px solid var(--border); margin: 2rem 0; }
    .table-wrap { overflow-x: auto; margin-bottom: 1rem; }
    table { border-collapse: collapse; }
    th, td { border: 1px solid var(--border); padding: .35rem .7rem; }
    th { background: var(--soft); }
    .math-block { overflow-x: auto; overflow-y: hidden; margin: 0 0 1rem; }
    span.math-block { display: block; margin: 0; }
    .katex-display { margin: .6rem 0; overflow-x: auto; overflow-y: hidden; padding: .1rem 0; }
    main p, main li, main td, main th, main blockquote, .callout { overflow-wrap: anywhere; }
    .katex-display > .katex > .katex-html:has(> .tag) { box-sizing: content-box; width: max-content; min-width: calc(100% - 2.5em); padding-right: 2.5em; }
    .math-block, .figure { scroll-margin-top: 1.5rem; }
    .math-block:target, .figure:target { background: var(--soft); box-shadow: -.6rem 0 0 var(--soft), .6rem 0 0 var(--soft); }
    a.ref { white-space: nowrap; }
    .figure { margin: 0 0 1.2rem; }
    .outputs .figure { margin: .4rem 0; }
    .figure > img { display: block; margin: 0 auto; }
    .figure figcaption { color: var(--muted); font-size: .9rem; text-align: center; margin-top: .2rem; }
    .figure-number { color: var(--fg); font-weight: 600; margin-right: .3em; }
    .math-error { color: var(--fail); white-space: pre-wrap; font-family: var(--mono); font-size: .9em; border-bottom: 1px dotted var(--fail); }
    .math-display { display: block; }
    .callout { --callout: var(--callout-blue); border: 1px solid var(--border); border-left: 4px solid var(--callout); border-radius: 6px; padding: .6rem 1rem; margin: 0 0 1rem; background: var(--soft); }
    .callout > :last-child { margin-bottom: 0; }
    .callout-title { font-weight: 600; margin-bottom: .3rem; color: var(--callout); }
    .callout-abstract, .callout-tip { --callout: var(--callout-cyan); }
    .callout-success { --callout: var(--callout-green); }
    .callout-question { --callout: var(--callout-yellow); }
    .callout-warning { --callout: var(--callout-orange); }
    .callout-failure, .callout-danger, .callout-bug { --callout: var(--callout-red); }
    .callout-example { --callout: var(--callout-purple); }
    .callout-quote { --callout: var(--callout-grey); }
    details.callout > summary { cursor: pointer; }
    sup.footnote-ref { line-height: 0; }
    .footnotes { margin-top: 2.5rem; padding-top: .8rem; border-top: 1px solid var(--border); font-size: .9rem; }
    .footnotes li:target { background: var(--soft); }
    .task-list-item { list-style: none; }
    .task-list-item input[type="checkbox"] { margin: 0 .45em 0 -1.4em; vertical-align: -.1em; }
    .tag { display: inline-block; font-size: .85em; line-height: 1.45; padding: 0 .5em; border-radius: 999px; background: var(--soft); border: 1px solid var(--border); color: var(--accent); }
    .katex .tag { font-size: inherit; line-height: inherit; padding: 0; border: 0; border-radius: 0; background: none; color: inherit; }
    .cell { margin: 0 0 1.2rem; }
    .cell-code { margin-bottom: 0; border-bottom-left-radius: 0; border-bottom-right-radius: 0; }
    .outputs { border: 1px solid var(--border); border-top: 0; border-radius: 0 0 6px 6px; padding: .5rem .8rem; overflow-x: auto; }
    .cell-code:last-child { margin-bottom: 0; border-radius: 6px; }
    .outputs pre.output { background: none; border: 0; padding: 0; margin: .2rem 0; }
    .display { margin: .4rem 0; overflow-x: auto; }
    .display svg { max-width: 100%; height: auto; }
    table.tensor { font-family: var(--mono); font-size: .85rem; margin: .3rem 0; }
    table.tensor td { text-align: right; padding: .1rem .5rem; }
    table.tensor caption { caption-side: bottom; color: var(--muted); font-size: .75rem; text-align: left; }
    .check { font-size: .9rem; margin: .15rem 0; }
    .check .mark { font-weight: 700; }
    .check-pass .mark { color: var(--pass); }
    .check-fail { color: var(--fail); }
    .cell-failed .outputs { border-color: var(--fail); }
    .formula-check { margin-top: -.6rem; }
    .formula-check .outputs { border: 0; padding: 0 .8rem; text-align: center; }
    .cell-error { color: var(--fail); background: none; border: 0; padding: 0; white-space: pre-wrap; }
    .notice { color: var(--muted); font-size: .85rem; font-style: italic; }
    .cell-warning { color: var(--callout-orange); font-size: .9rem; }
    .broken-link, .missing-image { color: var(--fail); border-bottom: 1px dashed var(--fail); }
    .pager { display: flex; justify-content: space-between; gap: 1rem; margin-top: 3rem; padding-top: 1rem; border-top: 1px solid var(--border); }
    .pager .next { margin-left: auto; text-align: right; }
    .note-index { padding-left: 1.4rem; }
    .note-index li { margin: .5rem 0; }
    .note-index time { color: var(--muted); font-size: .85rem; margin-left: .5rem; }
    .print-link { margin: .8rem 0 0; padding: .6rem .4rem 0; border-top: 1px solid var(--border); font-size: .85rem; }
    .print-link a { display: inline; padding: 0; color: var(--muted); }
    .print-hint { color: var(--muted); font-size: .9rem; }
    .print-contents ol { padding-left: 1.4rem; }
    .print-note { break-before: page; margin-top: 3rem; padding-top: 1rem; border-top: 2px solid var(--border); }
    .site-footer { color: var(--muted); font-size: .8rem; text-align: center; padding: 2rem 1rem; border-top: 1px solid var(--border); }
    .hl-kw { color: #cf222e; } .hl-ty { color: #8250df; } .hl-num { color: #0550ae; } .hl-str { color: #0a3069; }
    .hl-com { color: #6e7781; font-style: italic; } .hl-attr { color: #953800; }
    .hljs-keyword, .hljs-selector-tag, .hljs-meta-keyword, .hljs-doctag { color: #cf222e; }
    .hljs-built_in, .hljs-type, .hljs-class .hljs-title, .hljs-title.class_ { color: #8250df; }
    .hljs-number, .hljs-literal, .hljs-symbol, .hljs-variable, .hljs-template-variable { color: #0550ae; }
    .hljs-string, .hljs-regexp, .hljs-addition { color: #0a3069; }
    .hljs-comment, .hljs-quote { color: #6e7781; font-style: italic; }
    .hljs-attr, .hljs-attribute, .hljs-meta, .hljs-name, .hljs-selector-id, .hljs-selector-class { color: #953800; }
    .hljs-title, .hljs-function .hljs-title, .hljs-section { color: #6639ba; } .hljs-deletion { color: #82071e; }
    @media (prefers-color-scheme: dark) {
      [style*="--weave-dark-color"] { color: var(--weave-dark-color) !important; }
      .hl-kw { color: #ff7b72; } .hl-ty { color: #d2a8ff; } .hl-num { color: #79c0ff; } .hl-str { color: #a5d6ff; }
      .hl-com { color: #8b949e; } .hl-attr { color: #ffa657; }
      .hljs-keyword, .hljs-selector-tag, .hljs-meta-keyword, .hljs-doctag { color: #ff7b72; }
      .hljs-built_in, .hljs-type, .hljs-class .hljs-title, .hljs-title.class_ { color: #d2a8ff; }
      .hljs-number, .hljs-literal, .hljs-symbol, .hljs-variable, .hljs-template-variable { color: #79c0ff; }
      .hljs-string, .hljs-regexp, .hljs-addition { color: #a5d6ff; }
      .hljs-comment, .hljs-quote { color: #8b949e; }
      .hljs-attr, .hljs-attribute, .hljs-meta, .hljs-name, .hljs-selector-id, .hljs-selector-class { color: #ffa657; }
      .hljs-title, .hljs-function .hljs-title, .hljs-section { color: #d2a8ff; } .hljs-deletion { color: #ffa198; }
    }
    @media (max-width: 1100px) { .layout { grid-template-columns: 13rem minmax(0, 1fr); } .toc { display: none; } }
    @media (max-width: 760px) {
      .layout { display: block; padding: 0 .9rem; }
      .sidebar { position: static; max-height: none; border-bottom: 1px solid var(--border); padding: .6rem 0; }
      .sidebar ol { display: flex; flex-wrap: wrap; gap: .2rem .6rem; }
      .print-link { margin-top: .4rem; padding: .4rem .4rem 0; }
      body { font-size: 15px; }
      h1 { font-size: 1.55rem; }
      .site-header { padding: .5rem .9rem; gap: .6rem; }
      .site-search { flex-basis: 7.5rem; }
    }
    @media print {
      .sidebar, .toc, .pager, .site-header, .anchor, .print-hint, .edit-page { display: none !important; }
      .layout { display: block; max-width: none; padding: 0; }
      body { background: #fff; color: #000; font-size: 11pt; }
      .callout, table, figure, .display, .check { break-inside: avoid; }
      h1, h2, h3, h4, h5, h6 { break-after: avoid; }
      pre { white-space: pre-wrap; overflow-wrap: anywhere; }
      .print-note { margin-top: 0; padding-top: 0; border-top: 0; }
      a { color: inherit; }
    }
    """
}
