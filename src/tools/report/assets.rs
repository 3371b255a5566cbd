//! The style sheet and the one script every page carries (inline: the report needs no
//! other file and fetches nothing).

/// The style sheet.
pub const STYLE: &str = r#"
:root{--ink:#1d1d1f;--dim:#5c6370;--line:#dde1e6;--bg:#f5f6f8;--card:#fff;--link:#1a56b8;
--company:#dbe8ff;--company-b:#1f5fbf;--chip:#ece1ff;--chip-b:#7442c8;--money:#d5f4dc;--money-b:#1e8a3a;
--date:#ffe6c7;--date-b:#b35f00;--percent:#ffdbe5;--percent-b:#c0325a;--other:#ececec;--other-b:#666}
*{box-sizing:border-box}
body{margin:0;font:14px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--ink);background:var(--bg)}
a{color:var(--link)}
header.top{position:sticky;top:0;z-index:5;display:flex;align-items:center;gap:1em;padding:.4em 1.2em;background:#1f2733;color:#fff}
.brand{color:#fff;font-weight:700;text-decoration:none;white-space:nowrap}
header nav{display:flex;gap:.2em}
header nav a{color:#d3dae3;text-decoration:none;padding:.2em .6em;border-radius:4px}
header nav a:hover,header nav a[aria-current]{background:#3a4556;color:#fff}
#search{margin-left:auto;display:flex;gap:.3em;flex:0 1 34em}
#search input{flex:1;min-width:8em;padding:.35em .6em;border:1px solid #56606f;border-radius:4px;font:inherit}
#search button,#f-reset{padding:.3em .8em;border:1px solid #8a94a3;border-radius:4px;background:#e8ecf1;font:inherit;cursor:pointer}
:focus-visible{outline:2px solid #f0b400;outline-offset:1px}
main{padding:.6em 1.2em 3em;max-width:1500px;margin:0 auto}
h1{font-size:1.35em;margin:.35em 0 .2em}h1 small,h2 small{font-weight:400;color:var(--dim);font-size:.72em}
h2{font-size:1.1em;margin:1.2em 0 .4em}
.hint{color:var(--dim);margin:.1em 0 .6em;max-width:62em}
.dim{color:var(--dim)}
.filters{position:sticky;top:2.55em;z-index:4;display:flex;flex-wrap:wrap;gap:.35em 1.1em;align-items:center;background:var(--card);border:1px solid var(--line);border-radius:6px;padding:.4em .8em;margin:.3em 0 .6em;box-shadow:0 1px 3px rgba(0,0,0,.06)}
.filters fieldset{border:0;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:.15em .55em;align-items:center}
.filters legend{float:left;font-weight:600;margin-right:.2em}
.filters label{white-space:nowrap}
.filters select,.filters input{font:inherit;padding:.1em .3em}
#shown{margin-left:auto;color:var(--dim);font-variant-numeric:tabular-nums}
table{border-collapse:collapse;background:var(--card)}
th{background:#eceff3;text-align:left;font-weight:600;padding:.35em .55em;border-bottom:1px solid var(--line);vertical-align:bottom}
th small{font-weight:400}
td{padding:.45em .55em;border-bottom:1px solid var(--line);vertical-align:top;overflow-wrap:anywhere}
.num{text-align:right;font-variant-numeric:tabular-nums}
table.facts{width:100%;table-layout:fixed;border:1px solid var(--line)}
col.c-fact{width:22%}col.c-date{width:8.5em}col.c-src{width:11em}col.c-conf{width:4em}col.c-go{width:12em}
tr.f:hover{background:#f8faff}
td.fact{font-size:1.02em}
.ent{font-weight:600;text-decoration:none}.ent:hover{text-decoration:underline}
.amt{font-weight:600;white-space:nowrap}
td.when{white-space:nowrap;font-variant-numeric:tabular-nums}td.when small{color:var(--dim)}
td.src{font-size:.92em}.outlet{font-weight:600}
.docl{display:block;white-space:nowrap;overflow:hidden;text-overflow:ellipsis;color:var(--dim);font-size:.9em}
td.sent{line-height:1.45}
.go{display:inline-block;min-width:1.4em;text-align:center;font-weight:700;text-decoration:none;border:1px solid var(--line);border-radius:4px;background:#f3f6fb}
.go:hover{background:#e1eaf8}
.hs{font-weight:600;background:var(--company);box-shadow:inset 0 -2px var(--company-b);padding:0 .1em}
.ho{font-weight:600;background:#fff1b8;box-shadow:inset 0 -2px #b38600;padding:0 .1em}
.ht{font-style:normal;text-decoration:underline 2px #c2410c;text-underline-offset:3px}
.det{color:var(--dim);font-size:.8em;margin-top:.15em}
.det code{font-size:.95em}
.ty{--t:#6b7280;display:inline-block;font-size:.78em;line-height:1.5;padding:0 .5em;border-radius:9px;background:var(--t);color:#fff;font-weight:600;vertical-align:1px}
.t-makes{--t:#7442c8}.t-invests{--t:#1e7f38}.t-raises{--t:#0f766e}.t-revenue{--t:#1f5fbf}.t-profit{--t:#155e75}
.t-orders{--t:#b35f00}.t-values{--t:#8a6200}.t-pays{--t:#9d174d}.t-fined{--t:#b91c1c}.t-partners{--t:#4b5563}
.t-supplies{--t:#6d28d9}.t-owns{--t:#334155}.t-other{--t:#6b7280}
.kind{font-size:.78em;padding:0 .45em;border-radius:3px;border-bottom:2px solid;vertical-align:1px;font-weight:400}
.k-company{background:var(--company);border-color:var(--company-b)}.k-chip{background:var(--chip);border-color:var(--chip-b)}
.k-money{background:var(--money);border-color:var(--money-b)}.k-date{background:var(--date);border-color:var(--date-b)}
.k-percent{background:var(--percent);border-color:var(--percent-b)}.k-other{background:var(--other);border-color:var(--other-b)}
h2 small span{padding:0 .3em;border-radius:3px;border-bottom:2px solid}
article.doc .meta{color:var(--dim);margin:.1em 0 .8em;overflow-wrap:anywhere}
.s{margin:.35em 0;max-width:56em;white-space:pre-wrap;overflow-wrap:anywhere;line-height:1.6;padding:.05em .3em;border-radius:4px}
.s:target{background:#fff7c2;outline:2px solid #e0c200}
.sn{color:#98a0ab;font-size:.72em;text-decoration:none;margin-right:.35em;font-variant-numeric:tabular-nums}
.m{border-radius:3px;padding:0 .1em;border-bottom:2px solid;color:inherit;text-decoration:none;cursor:pointer}
a.m:hover{filter:brightness(.93)}
.m:target,.m.sel{outline:2px solid #e0a800}
#details{position:fixed;right:1em;bottom:1em;z-index:6;background:#fff;border:1px solid #b8bfc9;border-radius:6px;box-shadow:0 3px 12px rgba(0,0,0,.15);padding:.5em 1em;max-width:30em}
#details h2{margin:.1em 0;font-size:1em}#details dl{display:grid;grid-template-columns:auto 1fr;gap:.1em .8em;margin:.3em 0}
#details dt{color:var(--dim)}#details dd{margin:0;overflow-wrap:anywhere}
#close{float:right;border:none;background:none;font-size:1.3em;cursor:pointer}
dl.record{display:grid;grid-template-columns:max-content 1fr;gap:.15em 1em;background:var(--card);border:1px solid var(--line);border-radius:6px;padding:.6em 1em;max-width:60em;margin:.4em 0}
dl.record dt{color:var(--dim)}dl.record dd{margin:0}
.counts{color:var(--dim)}
figure.tl{margin:.4em 0 1em;background:var(--card);border:1px solid var(--line);border-radius:6px;padding:.5em}
figure.tl svg{width:100%;height:auto;display:block;font-family:inherit}
figure.tl figcaption{color:var(--dim);font-size:.85em;padding:.2em .4em}
.tl .grid{stroke:#e6e9ee}.tl .axis{stroke:#98a0ab}.tl .lane{stroke:#eef0f3;stroke-dasharray:3 3}
.tl .lab{font-size:12px;fill:#5c6370}.tl .val{font-size:11.5px;fill:#1d1d1f;font-weight:600}
.tl .pt{fill:var(--t);stroke:#fff;stroke-width:1.5}.tl .pt.rep{fill:#fff;stroke:var(--t);stroke-width:2.5}
.tl a:hover .pt,.tl a:focus .pt{stroke:#111;stroke-width:2.5}
ul.chips{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:.35em .5em}
ul.chips a{padding:.05em .45em;border-radius:3px;border-bottom:2px solid;text-decoration:none;color:inherit}
ol.mentions,ol.hits{padding:0;list-style:none}
ol.mentions li,ol.hits li{background:var(--card);border:1px solid var(--line);border-radius:6px;padding:.4em .8em;margin:.4em 0;max-width:72em}
ol.hits li{display:none}ol.hits li.on{display:block}
.ctx{margin:.25em 0;line-height:1.55}.ctx mark{border-radius:3px;border-bottom:2px solid;color:inherit;padding:0 .1em}
.src{margin:.1em 0;font-size:.92em}
a.hit{font-weight:600;padding:0 .2em;border-radius:3px;border-bottom:2px solid;color:inherit;text-decoration:none}
a.n{display:inline-block;min-width:1.6em;text-align:center;font-size:.85em;border:1px solid var(--line);border-radius:3px;text-decoration:none}
table.list{border:1px solid var(--line);min-width:50em}
[hidden]{display:none!important}
@media (max-width:900px){col.c-src{width:7em}col.c-date{width:6.5em}#search{flex-basis:100%}header.top{flex-wrap:wrap}}
"#;

/// The page's only script. It reads data from `data-*` attributes and the URL's
/// fragment and writes with `textContent`; it never builds markup or code from data.
pub const SCRIPT: &str = r#"
(function () {
  "use strict";
  var body = document.body, root = body.dataset.root || "";
  var ALNUM = /[\p{Alphabetic}\p{N}]/u;
  function byId(id) { return document.getElementById(id); }
  function fold(s) {
    return String(s).normalize("NFC").toLowerCase().replace(/[\u2019\u02bc]/g, "'").normalize("NFD")
      .replace(/\p{M}/gu, "").replace(/\u00df/g, "ss").replace(/\u00e6/g, "ae").replace(/\u0153/g, "oe")
      .replace(/\u00f8/g, "o").replace(/[\u2010\u2011]/g, "-").replace(/\s+/g, " ").trim();
  }
  function shard(q) {
    var m = q.match(ALNUM);
    if (!m) { return "_"; }
    return /[a-z0-9]/.test(m[0]) ? m[0] : "_";
  }
  var DIGIT = /\p{N}/u;
  function keyMatch(key, q) {
    if (key.indexOf(q) === 0) { return true; }
    if (!DIGIT.test(q.charAt(0))) { return false; }
    var i = key.indexOf(q);
    while (i > 0) {
      if (!ALNUM.test(key.charAt(i - 1))) { return true; }
      i = key.indexOf(q, i + 1);
    }
    return false;
  }
  function wordMatch(keys, q) {
    return keys.split("\n").some(function (k) { return keyMatch(k, q); });
  }
  var qin = byId("q");
  byId("search").addEventListener("submit", function (e) {
    e.preventDefault();
    var raw = qin.value.trim();
    if (raw === "") { qin.focus(); return; }
    location.href = root + "search/" + shard(fold(raw)) + ".html#q=" + encodeURIComponent(raw);
  });

  var hits = byId("hits");
  if (hits) {
    var items = Array.prototype.slice.call(hits.children), status = byId("status"), LIMIT = 500;
    var run = function () {
      var raw = "";
      var m = location.hash.match(/^#q=(.*)$/);
      if (m) { try { raw = decodeURIComponent(m[1]); } catch (err) { raw = m[1]; } }
      qin.value = raw;
      var q = fold(raw), n = 0;
      items.forEach(function (li) {
        var ok = q !== "" && wordMatch(li.dataset.k || "", q);
        if (ok) { n++; }
        li.classList.toggle("on", ok && n <= LIMIT);
      });
      status.textContent = q === "" ? "Type a word, a number or a value in the search box." :
        n === 0 ? "No mention matches \u201c" + raw + "\u201d." :
        n + (n === 1 ? " mention matches \u201c" : " mentions match \u201c") + raw + "\u201d" + (n > LIMIT ? " (the first " + LIMIT + " are shown)" : "") + ".";
      body.dataset.hits = String(n);
    };
    window.addEventListener("hashchange", run);
    run();
  }

  var table = byId("facts"), filters = byId("filters");
  if (table && filters) {
    var tbody = table.tBodies[0], rows = Array.prototype.slice.call(tbody.rows);
    var boxes = Array.prototype.slice.call(filters.querySelectorAll("input.ty"));
    var ent = byId("f-ent"), from = byId("f-from"), to = byId("f-to"), conf = byId("f-conf"), sort = byId("f-sort"), shown = byId("shown");
    var prefixCmp = function (a, b) { var k = Math.min(a.length, b.length); a = a.slice(0, k); b = b.slice(0, k); return a < b ? -1 : a > b ? 1 : 0; };
    var num = function (x) { var v = parseFloat(x); return isNaN(v) ? -1 : v; };
    var apply = function () {
      var on = {};
      boxes.forEach(function (b) { on[b.value] = b.checked; });
      var e = ent.value, f = from.value.trim(), t = to.value.trim(), c = parseFloat(conf.value) || 0, n = 0;
      rows.forEach(function (tr) {
        var d = tr.dataset, date = d.date || "";
        var ok = on[d.type] !== false && (e === "" || (d.ents || "").indexOf(" " + e + " ") >= 0) &&
          (f === "" || (date !== "" && prefixCmp(date, f) >= 0)) && (t === "" || (date !== "" && prefixCmp(date, t) <= 0)) &&
          num(d.conf) >= c;
        tr.hidden = !ok;
        if (ok) { n++; }
      });
      shown.textContent = n + " of " + rows.length + " facts shown";
      body.dataset.shown = String(n);
    };
    var order = function () {
      var k = sort.value;
      var sorted = rows.slice().sort(function (a, b) {
        var A = a.dataset, B = b.dataset, r = 0;
        if (k === "date") { r = (A.date || "") < (B.date || "") ? 1 : (A.date || "") > (B.date || "") ? -1 : 0; }
        else if (k === "amount") { r = num(B.amt) - num(A.amt); }
        else if (k === "conf") { r = num(B.conf) - num(A.conf); }
        else if (k === "subject") { r = A.subj < B.subj ? -1 : A.subj > B.subj ? 1 : 0; }
        return r || num(A.ord) - num(B.ord);
      });
      sorted.forEach(function (tr) { tbody.appendChild(tr); });
    };
    [ent, conf].concat(boxes).forEach(function (x) { x.addEventListener("change", apply); });
    [from, to].forEach(function (x) { x.addEventListener("input", apply); });
    sort.addEventListener("change", order);
    byId("f-reset").addEventListener("click", function () {
      boxes.forEach(function (b) { b.checked = true; });
      ent.value = ""; from.value = ""; to.value = ""; conf.value = "0"; sort.value = "doc";
      order(); apply();
    });
    apply();
  }

  var details = byId("details");
  if (details) {
    var dl = byId("dl");
    var row = function (label, value) {
      if (!value) { return; }
      var dt = document.createElement("dt"), dd = document.createElement("dd");
      dt.textContent = label; dd.textContent = value;
      dl.appendChild(dt); dl.appendChild(dd);
    };
    var select = function (m) {
      Array.prototype.forEach.call(document.querySelectorAll(".m.sel"), function (x) { x.classList.remove("sel"); });
      m.classList.add("sel");
      while (dl.firstChild) { dl.removeChild(dl.firstChild); }
      row("text", m.textContent);
      (m.title || "").split("\n").forEach(function (line) {
        var i = line.indexOf(": ");
        if (i > 0) { row(line.slice(0, i), line.slice(i + 2)); }
      });
      details.hidden = false;
    };
    document.addEventListener("click", function (e) {
      var m = e.target.closest ? e.target.closest("mark.m") : null;
      if (m) { select(m); }
    });
    document.addEventListener("keydown", function (e) {
      var m = document.activeElement;
      if (e.key === "Enter" && m && m.matches && m.matches("mark.m")) { select(m); }
      if (e.key === "Escape") { details.hidden = true; }
    });
    byId("close").addEventListener("click", function () { details.hidden = true; });
  }
  body.dataset.ready = "1";
})();
"#;
