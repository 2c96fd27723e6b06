// weave's search page: looks a query up in the index that assets/search-index.js sets
// (window.weaveSearchIndex), from file:// or any host, and lists the sections that hold it.
//
// A query is split as SearchTokenizer.swift splits the notes: CJK runs into pairs of characters, other
// text into lower-cased words (each also matches the words it begins). A section is a result when it
// holds every term; one-character pieces, which are not terms, are found by scanning the text. Headings
// and page titles that hold the query rank first. No dependencies; nothing here runs on other pages.
(function () {
  'use strict';

  var WORD = /[\p{L}\p{M}\p{N}_]/u;

  // Han, kana and Hangul (as SearchTokenizer.isCJK).
  function isCJK(c) {
    return (c >= 0x3040 && c <= 0x30FF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) ||
      (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xAC00 && c <= 0xD7AF) || (c >= 0x20000 && c <= 0x3134F);
  }

  // Lower case letter by letter, as Swift's lowercased() (toLowerCase alone makes a word-final Σ ς).
  function lower(text) {
    return String(text).replace(/\u03A3/g, '\u03C3').toLowerCase();
  }

  // The query's pieces, in order: each CJK run and each word, lower-cased, with its length in characters.
  function pieces(query) {
    var out = [], run = '', kind = null, length = 0;
    function end() {
      if (run) out.push({ kind: kind, text: lower(run), length: length });
      run = ''; length = 0;
    }
    for (var ch of String(query)) {
      var k = isCJK(ch.codePointAt(0)) ? 'cjk' : WORD.test(ch) ? 'word' : null;
      if (k !== kind) end();
      kind = k;
      if (k) { run += ch; length += 1; }
    }
    end();
    return out;
  }

  // The index terms of a piece: a word of two or more characters, or the pairs of a CJK run.
  function terms(piece) {
    if (piece.length < 2) return [];
    if (piece.kind === 'word') return [piece.text];
    var chars = Array.from(piece.text), out = [];
    for (var i = 0; i + 1 < chars.length; i++) out.push(chars[i] + chars[i + 1]);
    return out;
  }

  // Every term of a text, as SearchTokenizer.terms(_, as: .prose) gives them.
  function tokenize(text) {
    return pieces(text).reduce(function (all, p) { return all.concat(terms(p)); }, []);
  }

  // What the page keeps about the index: its terms sorted (for prefix look-ups), lower-cased sections.
  function prepare(index) {
    var sections = index.sections.map(function (s, n) {
      return { n: n, page: s[0], id: s[1], heading: s[2], text: s[3], code: s[4],
        lower: [lower(s[2]), lower(s[3]), lower(s[4])] };
    });
    sections.forEach(function (s, n) { s.top = n === 0 || sections[n - 1].page !== s.page; });
    return { pages: index.pages, terms: index.terms, keys: Object.keys(index.terms).sort(), sections: sections };
  }

  // The sections holding a term; a word also takes the terms it begins (`soft` finds `softmax`).
  function postings(db, term, word) {
    if (!word) return db.terms[term] || [];
    var lo = 0, hi = db.keys.length, found = {};
    while (lo < hi) { var mid = (lo + hi) >> 1; if (db.keys[mid] < term) lo = mid + 1; else hi = mid; }
    for (var i = lo; i < db.keys.length && db.keys[i].lastIndexOf(term, 0) === 0; i++) {
      db.terms[db.keys[i]].forEach(function (n) { found[n] = true; });
    }
    return Object.keys(found).map(Number);
  }

  function count(haystack, needle) {
    if (!needle) return 0;
    var n = 0, at = haystack.indexOf(needle);
    while (at >= 0 && n < 10) { n++; at = haystack.indexOf(needle, at + needle.length); }
    return n;
  }

  function holds(s, text) {
    return s.lower[0].indexOf(text) >= 0 || s.lower[1].indexOf(text) >= 0 || s.lower[2].indexOf(text) >= 0;
  }

  // Headings that hold the whole query first, then headings that hold its pieces, page titles before
  // section headings; then how often the text holds the query and its pieces; then course order.
  function score(s, ps, phrase) {
    var heading = s.lower[0], value = 0;
    if (heading.indexOf(phrase) >= 0) value += 1000;
    else if (ps.every(function (p) { return heading.indexOf(p.text) >= 0; })) value += 500;
    if (value > 0 && s.top) value += 200;
    value += 3 * count(s.lower[1], phrase);
    ps.forEach(function (p) { value += count(s.lower[1], p.text) + 0.5 * count(s.lower[2], p.text); });
    return value;
  }

  // The sections that match `query`, best first: [{section, score}].
  function search(db, query) {
    var ps = pieces(query);
    if (!ps.length) return [];
    var phrase = ps.map(function (p) { return p.text; }).join(' ');
    var candidates = null;
    ps.forEach(function (p) {
      terms(p).forEach(function (t) {
        var set = {};
        postings(db, t, p.kind === 'word').forEach(function (n) { set[n] = true; });
        candidates = candidates === null ? Object.keys(set).map(Number) : candidates.filter(function (n) { return set[n]; });
      });
    });
    var pool = candidates === null ? db.sections : candidates.map(function (n) { return db.sections[n]; });
    var found = pool.filter(function (s) {
      return ps.every(function (p) { return terms(p).length > 0 || holds(s, p.text); });
    });
    if (!found.length) {
      // Nothing by terms (`w_1`, `σ(x)`): the query as written, anywhere.
      var literal = lower(String(query).trim());
      found = literal ? db.sections.filter(function (s) { return holds(s, literal); }) : [];
    }
    return found.map(function (s) { return { section: s, score: score(s, ps, phrase) }; })
      .sort(function (a, b) { return b.score - a.score || a.section.n - b.section.n; });
  }

  // Where to highlight in `text`: [start, end) ranges of the needles, merged.
  function marks(text, needles) {
    var folded = lower(text);
    if (folded.length !== text.length) folded = text;
    var ranges = [];
    needles.forEach(function (needle) {
      if (!needle) return;
      for (var at = folded.indexOf(needle); at >= 0; at = folded.indexOf(needle, at + needle.length)) {
        ranges.push([at, at + needle.length]);
      }
    });
    ranges.sort(function (a, b) { return a[0] - b[0]; });
    var merged = [];
    ranges.forEach(function (r) {
      var last = merged[merged.length - 1];
      if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]); else merged.push(r.slice());
    });
    return merged;
  }

  // The part of a section to show: around the first place that holds the query (or a piece of it), in
  // the text, else in a line of code; else the text's beginning. {text, code, start, end}.
  function excerpt(s, needles) {
    var sources = [[s.text, false]].concat(s.code ? s.code.split('\n').map(function (l) { return [l, true]; }) : []);
    for (var k = 0; k < needles.length; k++) {
      for (var j = 0; j < sources.length; j++) {
        var m = marks(sources[j][0], [needles[k]]);
        if (m.length) return cut(sources[j][0], sources[j][1], m[0][0]);
      }
    }
    return cut(s.text, false, 0);
  }

  function cut(text, code, at) {
    var start = Math.max(0, at - 40), end = Math.min(text.length, at + 110);
    if (start > 0 && /[\uDC00-\uDFFF]/.test(text[start])) start -= 1;
    if (end < text.length && /[\uDC00-\uDFFF]/.test(text[end])) end += 1;
    return { text: text.slice(start, end), code: code, before: start > 0, after: end < text.length };
  }

  var api = { pieces: pieces, terms: terms, tokenize: tokenize, prepare: prepare, search: search, marks: marks,
    excerpt: excerpt };
  (typeof window !== 'undefined' ? window : globalThis).weaveSearch = api;
  if (typeof document === 'undefined') return;

  // The page: the box, the status line and the list (their words come from the page, in its language).
  var box = document.getElementById('search-query');
  var status = document.getElementById('search-status');
  var list = document.getElementById('search-results');
  if (!box || !status || !list) return;
  var db = prepare(window.weaveSearchIndex || { pages: [], sections: [], terms: {} });
  var LIMIT = 100;
  var title = document.title;

  function highlighted(element, text, needles) {
    var at = 0;
    marks(text, needles).forEach(function (r) {
      element.appendChild(document.createTextNode(text.slice(at, r[0])));
      var mark = document.createElement('mark');
      mark.textContent = text.slice(r[0], r[1]);
      element.appendChild(mark);
      at = r[1];
    });
    element.appendChild(document.createTextNode(text.slice(at)));
    return element;
  }

  function item(s, needles) {
    var page = db.pages[s.page];
    var li = document.createElement('li');
    li.className = 'search-result';
    var link = document.createElement('a');
    link.href = page[1] + (s.id ? '#' + s.id : '');
    // The page's title is the heading of its top; elsewhere it only says where the section is.
    highlighted(link.appendChild(document.createElement('span')), page[0], s.top ? needles : []).className = 'search-page';
    if (s.heading && s.heading !== page[0]) {
      highlighted(link.appendChild(document.createElement('span')), s.heading, needles).className = 'search-section';
    }
    li.appendChild(link);
    var part = excerpt(s, needles);
    if (part.text) {
      var p = document.createElement(part.code ? 'pre' : 'p');
      p.className = 'search-snippet';
      var holder = part.code ? p.appendChild(document.createElement('code')) : p;
      if (part.before) holder.appendChild(document.createTextNode('…'));
      highlighted(holder, part.text, needles);
      if (part.after) holder.appendChild(document.createTextNode('…'));
      li.appendChild(p);
    }
    return li;
  }

  function show(query) {
    var results = search(db, query);
    var ps = pieces(query);
    var needles = [lower(String(query).trim())].concat(ps.map(function (p) { return p.text; }));
    list.textContent = '';
    results.slice(0, LIMIT).forEach(function (r) { list.appendChild(item(r.section, needles)); });
    var words = status.dataset;
    status.textContent = !ps.length ? '' : results.length
      ? (results.length === 1 ? words.one : words.count.replace('{n}', results.length))
        + (results.length > LIMIT ? ' ' + words.first.replace('{n}', LIMIT) : '')
      : words.none.replace('{q}', String(query).trim());
    document.title = (String(query).trim() ? String(query).trim() + ' · ' : '') + title;
  }

  function update() {
    show(box.value);
    try { history.replaceState(null, '', '?q=' + encodeURIComponent(box.value)); } catch (e) { /* file:// may refuse */ }
  }

  box.value = new URLSearchParams(location.search).get('q') || '';
  show(box.value);
  box.addEventListener('input', function (e) { if (!e.isComposing) update(); });
  box.addEventListener('compositionend', update);
  box.form.addEventListener('submit', function (e) { e.preventDefault(); update(); });
})();
