//! Escaping, the frame every page shares (Content Security Policy, navigation, search
//! box), and how values are written for people.

use std::borrow::Cow;
use std::fmt::Write as _;

/// Escapes `&`, `<`, `>`, `"` and `'` so that `s` is safe both as HTML text and as a
/// quoted attribute value.
///
/// ```
/// use veille::tools::report::escape_html;
/// assert_eq!(escape_html(r#"<img src=x onerror="a('b')">&"#),
///            "&lt;img src=x onerror=&quot;a(&#39;b&#39;)&quot;&gt;&amp;");
/// assert_eq!(escape_html("Nvidia"), "Nvidia");
/// ```
pub fn escape_html(s: &str) -> Cow<'_, str> {
    if !s.contains(['&', '<', '>', '"', '\'']) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 16);
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    Cow::Owned(out)
}

/// The Content Security Policy of every page: nothing is fetched from the network,
/// no inline script or style runs, and scripts and styles come only from files beside
/// the page (the report's own `report.js` and `report.css`; a page opened from disk
/// has no other origin).
pub const CSP: &str = "default-src 'none'; script-src 'self'; style-src 'self'; \
                       img-src 'none'; base-uri 'none'; form-action 'none'";

/// Where a page sits: the top folder (`index.html`) or one level down
/// (`doc/N.html`, `entity/ID.html`, `search/X.html`). Links inside rendered
/// fragments start with `@/`, replaced by the page's way back to the top.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Depth {
    /// `report/*.html`.
    Top,
    /// `report/*/*.html`.
    Sub,
}

impl Depth {
    /// The way back to the report's top folder.
    pub fn root(self) -> &'static str {
        match self {
            Depth::Top => "",
            Depth::Sub => "../",
        }
    }
}

/// Writes `fragment` (rendered with `@/` links) for a page at `depth`. `@/` can only
/// come from the renderer: every data cell is escaped, so `"` never precedes data.
pub fn relink(fragment: &str, depth: Depth, out: &mut String) {
    let root = depth.root();
    let mut rest = fragment;
    while let Some(i) = rest.find("\"@/") {
        out.push_str(&rest[..=i]);
        out.push_str(root);
        rest = &rest[i + 3..];
    }
    out.push_str(rest);
}

/// Which top-level page the navigation marks as current.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Section {
    /// `index.html`.
    Facts,
    /// `entities.html` and entity pages.
    Entities,
    /// `documents.html` and document pages.
    Documents,
    /// Search results.
    Search,
}

/// The start of a page: head with the policy, style, and the header with navigation
/// and the search box. `title` is data (escaped here).
pub fn page_start(out: &mut String, title: &str, depth: Depth, section: Section) {
    let root = depth.root();
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta http-equiv=\"Content-Security-Policy\" content=\"{}\">\n\
         <meta name=\"referrer\" content=\"no-referrer\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{} · veille report</title>\n<link rel=\"stylesheet\" href=\"{root}report.css\">\n</head>\n\
         <body data-root=\"{root}\">\n<header class=\"top\"><a class=\"brand\" href=\"{root}index.html\">veille report</a>\
         <nav aria-label=\"report\">",
        CSP,
        escape_html(title),
    );
    for (s, href, label) in [
        (Section::Facts, "index.html", "Facts"),
        (Section::Entities, "entities.html", "Entities"),
        (Section::Documents, "documents.html", "Documents"),
    ] {
        let current = if s == section { " aria-current=\"page\"" } else { "" };
        let _ = write!(out, "<a href=\"{root}{href}\"{current}>{label}</a>");
    }
    out.push_str(
        "</nav><form id=\"search\" role=\"search\"><input type=\"search\" id=\"q\" \
         aria-label=\"Search mentions by text or value\" \
         placeholder=\"Search mentions: 75 milliards, 43000000000, 2026-H2, Trainium2\" \
         autocomplete=\"off\"><button type=\"submit\">Search</button></form></header>\n<main>\n",
    );
}

/// The end of a page at `depth`: the script, then the closing tags.
pub fn page_end(out: &mut String, depth: Depth) {
    let _ = write!(
        out,
        "</main>\n<script src=\"{}report.js\"></script>\n</body>\n</html>\n",
        depth.root()
    );
}

/// A number of currency units as people read it: `75 bn`, `23 M`, `5.3 M`, `950 000`.
///
/// ```
/// use veille::tools::report::html::short_amount;
/// assert_eq!(short_amount("75000000000"), Some("75 bn".to_string()));
/// assert_eq!(short_amount("5300000"), Some("5.3 M".to_string()));
/// assert_eq!(short_amount("1250000000000"), Some("1.25 tn".to_string()));
/// assert_eq!(short_amount("950000"), Some("950 000".to_string()));
/// assert_eq!(short_amount("Nvidia"), None);
/// ```
pub fn short_amount(value: &str) -> Option<String> {
    let v: f64 = value.trim().parse().ok()?;
    if !v.is_finite() {
        return None;
    }
    let (scaled, suffix) = match v.abs() {
        a if a >= 1e12 => (v / 1e12, " tn"),
        a if a >= 1e9 => (v / 1e9, " bn"),
        a if a >= 1e6 => (v / 1e6, " M"),
        _ => return Some(group_thousands(value.trim())),
    };
    let mut s = format!("{scaled:.2}");
    while s.contains('.') && (s.ends_with('0') || s.ends_with('.')) {
        s.pop();
    }
    Some(s + suffix)
}

/// `950000` → `950 000` (thin spaces are not used: copy-paste stays plain).
fn group_thousands(s: &str) -> String {
    let (int, frac) = s.split_once('.').map_or((s, None), |(a, b)| (a, Some(b)));
    let (sign, digits) = int.strip_prefix('-').map_or(("", int), |d| ("-", d));
    let mut out = String::from(sign);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(' ');
        }
        out.push(c);
    }
    if let Some(f) = frac {
        out.push('.');
        out.push_str(f);
    }
    out
}

/// An object or amount cell (`75000000000 EUR`) as people read it (`75 bn EUR`);
/// a name is returned as is.
pub fn readable_object(object: &str) -> String {
    let (num, rest) = object.split_once(' ').unwrap_or((object, ""));
    match short_amount(num) {
        Some(s) if rest.is_empty() => s,
        Some(s) => format!("{s} {rest}"),
        None => object.to_string(),
    }
}

/// The outlet of a source: the host of an `http(s)` URL without `www.`, else the
/// source as written.
///
/// ```
/// use veille::tools::report::html::outlet;
/// assert_eq!(outlet("https://www.heise.de/news/x.html"), "heise.de");
/// assert_eq!(outlet("Les Echos"), "Les Echos");
/// ```
pub fn outlet(source: &str) -> &str {
    match web_url(source) {
        Some(url) => {
            let rest = url.split_once("://").map_or(url, |(_, r)| r);
            let host = rest.split(['/', '?', '#']).next().unwrap_or(rest);
            let host = host.rsplit_once('@').map_or(host, |(_, h)| h);
            host.strip_prefix("www.").unwrap_or(host)
        }
        None => source,
    }
}

/// `source` when it is an `http://` or `https://` URL safe to link to (no spaces or
/// control characters): anything else (`javascript:`...) is shown, never linked.
pub fn web_url(source: &str) -> Option<&str> {
    let s = source.trim();
    let lower = s.get(..8).unwrap_or(s).to_ascii_lowercase();
    let ok = (lower.starts_with("https://") || lower.starts_with("http://"))
        && s.len() > 8
        && !s.chars().any(|c| c.is_whitespace() || c.is_control());
    ok.then_some(s)
}
