//! One document: its page (facts, then the text with every mention highlighted from
//! its byte span), its fact rows, its search results, and what its entities learn.
//!
//! Mentions are highlighted from their byte spans, never by searching their text: a
//! mention's `[start, end)` is shifted by its sentence's `start` and sliced out of the
//! sentence text. A span that falls outside its sentence, off a character boundary,
//! over an earlier mention, or that does not slice exactly the mention's text is not
//! highlighted and is counted as skipped.

use super::entity::Point;
use super::html::{
    escape_html, outlet, page_end, page_start, readable_object, relink, short_amount, web_url,
    Depth, Section,
};
use super::search::keys_attr;
use super::tables::{DocRows, Document, Fact, Mention, Sentence};
use super::Builder;
use anyhow::{Context, Result};
use std::collections::HashMap;
use std::fmt::Write as _;

/// Bytes of context shown on each side of a mention in search results.
const SEARCH_CONTEXT: usize = 60;

/// Bytes of context shown on each side of a mention on its entity's page.
const ENTITY_CONTEXT: usize = 110;

/// Characters of a document's label shown in search results.
const SEARCH_LABEL: usize = 60;

/// Where a mention ended up on its document's page.
#[derive(Clone, Copy, Debug)]
struct Placed {
    /// Its sentence (position in the document's sentences).
    sentence: usize,
    /// `m-K` anchor, when it is highlighted.
    anchor: Option<usize>,
    /// `[a, b)` inside its sentence's text, when it fits.
    at: Option<(usize, usize)>,
}

/// A document being rendered.
struct DocView<'a> {
    ord: u32,
    doc: &'a Document,
    rows: &'a DocRows,
    /// The page's label: title, else path, else id.
    label: &'a str,
    /// Mention index → where it is.
    placed: HashMap<&'a str, (usize, Placed)>,
    /// Mention index → entity ordinal.
    entity_of: Vec<Option<usize>>,
}

/// A mention's `[a, b)` in its sentence when its span fits (see the module docs).
fn fit(s: &Sentence, m: &Mention, cursor: usize) -> Option<(usize, usize)> {
    let text = s.text.as_str();
    let (a, b) = (m.start.checked_sub(s.start)?, m.end.checked_sub(s.start)?);
    let ok = a >= cursor
        && a < b
        && b <= text.len()
        && text.is_char_boundary(a)
        && text.is_char_boundary(b)
        && (m.text.is_empty() || text.get(a..b) == Some(m.text.as_str()));
    ok.then_some((a, b))
}

/// The sentence's text around `[a, b)`, escaped, the mention marked.
fn snippet(text: &str, (a, b): (usize, usize), class: &str, context: usize) -> String {
    let mut from = a.saturating_sub(context);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let mut to = (b + context).min(text.len());
    while !text.is_char_boundary(to) {
        to -= 1;
    }
    format!(
        "{}{}<mark class=\"{class}\">{}</mark>{}{}",
        if from > 0 { "…" } else { "" },
        escape_html(&text[from..a]),
        escape_html(&text[a..b]),
        escape_html(&text[b..to]),
        if to < text.len() { "…" } else { "" }
    )
}

/// A money, date or percent value as people read it (`up to 75 bn EUR`, `2026-H2`).
pub fn readable_value(m: &Mention) -> String {
    let num = |v: &str| {
        if m.kind == "money" {
            short_amount(v).unwrap_or_else(|| v.to_string())
        } else {
            v.to_string()
        }
    };
    let mut v = num(&m.value);
    if !m.value_to.is_empty() {
        let _ = write!(v, "–{}", num(&m.value_to));
    }
    match (m.kind.as_str(), m.unit.as_str()) {
        ("percent", "%") => v.push_str(" %"),
        (_, "") => {}
        (_, unit) => {
            let _ = write!(v, " {unit}");
        }
    }
    let prefix = match m.qualifier.as_str() {
        "approx" | "vague" => "about ",
        "min" => "at least ",
        "max" => "up to ",
        _ => "",
    };
    if !m.period.is_empty() {
        let _ = write!(v, " per {}", m.period);
    }
    if !m.mod_.is_empty() {
        let _ = write!(v, " ({})", m.mod_.to_lowercase());
    }
    format!("{prefix}{v}")
}

/// The tooltip of a highlighted mention (also what its details panel lists, a line
/// each); the mention id without its document's.
fn tooltip(m: &Mention, canonical: &str, doc_id: &str) -> String {
    let mut tip = match m.kind.as_str() {
        "company" | "chip" => format!("{}: {canonical}", m.kind),
        _ => format!("{}: {}", m.kind, readable_value(m)),
    };
    if !m.value.is_empty() && m.kind == "money" {
        let _ = write!(tip, "\nvalue: {} {}", m.value, m.unit);
    }
    if !m.entity_id.is_empty() {
        let _ = write!(tip, "\nentity: {}", m.entity_id);
    }
    let id = m.id.strip_prefix(doc_id).and_then(|r| r.strip_prefix(':')).unwrap_or(&m.id);
    let _ = write!(tip, "\nmention: {id}, {}", m.method);
    tip
}

/// Renders document `ord` and adds what it holds to the builder.
pub fn add_document(b: &mut Builder, ord: u32, doc: &Document, rows: DocRows) -> Result<()> {
    let label = [&doc.title, &doc.path, &doc.id]
        .into_iter()
        .find(|s| !s.is_empty())
        .map_or("(untitled)", |s| s.as_str());
    let mut v =
        DocView { ord, doc, rows: &rows, label, placed: HashMap::new(), entity_of: Vec::new() };
    b.stats.documents += 1;
    b.stats.skipped += rows.unreadable;
    let text_html = text_section(b, &mut v)?;
    let mut facts_html = String::new();
    for f in &rows.facts {
        let row = fact_row(b, &v, f)?;
        facts_html.push_str(&row);
    }
    let mut body = String::with_capacity(text_html.len() + facts_html.len() + 2048);
    let _ =
        write!(body, "<article class=\"doc\"><h1>{}</h1>\n<p class=\"meta\">", escape_html(label));
    meta_line(doc, &mut body);
    let _ =
        writeln!(body, " · {} sentences · {} facts</p>", rows.sentences.len(), rows.facts.len());
    if !rows.facts.is_empty() {
        let _ = writeln!(body, "<section aria-labelledby=\"fx\"><h2 id=\"fx\">Facts in this article</h2><table class=\"facts\">{}<tbody>", super::facts::HEAD);
        body.push_str(&facts_html);
        body.push_str("</tbody></table></section>\n");
    }
    body.push_str("<section aria-labelledby=\"tx\"><h2 id=\"tx\">Text <small>mentions highlighted: <span class=\"k-company\">company</span> <span class=\"k-chip\">chip</span> <span class=\"k-money\">money</span> <span class=\"k-date\">date</span> <span class=\"k-percent\">percent</span></small></h2>\n");
    body.push_str(&text_html);
    body.push_str("</section></article>\n<aside id=\"details\" hidden aria-live=\"polite\"><button type=\"button\" id=\"close\" aria-label=\"close\">×</button><h2>Mention</h2><dl id=\"dl\"></dl></aside>\n");
    let mut html = String::with_capacity(body.len() + 16384);
    page_start(&mut html, label, Depth::Sub, Section::Documents);
    relink(&body, Depth::Sub, &mut html);
    page_end(&mut html, Depth::Sub);
    let path = b.dir.join("doc").join(format!("{ord}.html"));
    std::fs::write(&path, html).with_context(|| format!("cannot write {}", path.display()))?;
    b.document_row(ord, doc, label, &rows)?;
    Ok(())
}

/// Date, source (linked when it is a web address), language and path of a document.
fn meta_line(doc: &Document, out: &mut String) {
    let mut parts: Vec<String> = Vec::new();
    if !doc.date.is_empty() {
        parts.push(format!("<time>{}</time>", escape_html(&doc.date)));
    }
    match web_url(&doc.source) {
        Some(url) => parts.push(format!(
            "<a href=\"{}\" rel=\"noopener noreferrer\">{}</a>",
            escape_html(url),
            escape_html(outlet(url))
        )),
        None if !doc.source.is_empty() => {
            parts.push(format!("source {}", escape_html(&doc.source)))
        }
        None => {}
    }
    if !doc.lang.is_empty() {
        parts.push(escape_html(&doc.lang).into_owned());
    }
    parts.push(format!(
        "<code>{}</code>",
        escape_html(if doc.path.is_empty() { &doc.id } else { &doc.path })
    ));
    out.push_str(&parts.join(" · "));
}

/// The text of the document, sentence by sentence with its mentions highlighted;
/// registers the mentions with their entities and the search.
fn text_section<'a>(b: &mut Builder, v: &mut DocView<'a>) -> Result<String> {
    let rows = v.rows;
    let by_sentence: HashMap<&str, usize> =
        rows.sentences.iter().enumerate().map(|(i, s)| (s.id.as_str(), i)).collect();
    let mut per_sentence: Vec<Vec<usize>> = vec![Vec::new(); rows.sentences.len()];
    for (i, m) in rows.mentions.iter().enumerate() {
        match by_sentence.get(m.sentence_id.as_str()) {
            Some(&s) => per_sentence[s].push(i),
            None => b.stats.skipped += 1,
        }
    }
    v.entity_of = rows.mentions.iter().map(|m| b.entities.of_mention(m)).collect();
    let mut html = String::new();
    let mut anchor = 0;
    for (s_pos, s) in rows.sentences.iter().enumerate() {
        b.stats.sentences += 1;
        let list = &mut per_sentence[s_pos];
        list.sort_by_key(|&i| (rows.mentions[i].start, rows.mentions[i].end, i));
        let _ = write!(
            html,
            "<p class=\"s\" id=\"s-{}\"><a class=\"sn\" href=\"#s-{}\" title=\"{}\">{}</a> ",
            s.index,
            s.index,
            escape_html(&s.id),
            s.index
        );
        let mut cursor = 0;
        let mut ents = Vec::new();
        for &i in list.iter() {
            let m = &rows.mentions[i];
            let at = fit(s, m, cursor);
            let mut placed = Placed { sentence: s_pos, anchor: None, at };
            if let Some((a, z)) = at {
                html.push_str(&escape_html(&s.text[cursor..a]));
                placed.anchor = Some(anchor);
                mark(b, v, i, &s.text[a..z], anchor, &mut html);
                anchor += 1;
                cursor = z;
                b.stats.mentions += 1;
            } else {
                b.stats.skipped += 1;
            }
            v.placed.insert(m.id.as_str(), (i, placed));
            ents.extend(v.entity_of[i]);
            register(b, v, i, s, placed)?;
        }
        html.push_str(&escape_html(&s.text[cursor.min(s.text.len())..]));
        html.push_str("</p>\n");
        b.entities.cooccur(&ents);
    }
    Ok(html)
}

/// The highlight of mention `i`: a link to its entity's page for companies and chips,
/// a focusable mark for values; its data in `data-*` attributes for the details panel.
fn mark(b: &Builder, v: &DocView, i: usize, surface: &str, anchor: usize, out: &mut String) {
    let m = &v.rows.mentions[i];
    let kc = super::kind_class(&m.kind);
    let entity = v.entity_of[i].map(|n| &b.entities.list[n]);
    let canonical = entity.map_or(m.canonical.as_str(), |e| e.canonical.as_str());
    let (open, close) = match entity {
        Some(e) => (format!("<a class=\"m k-{kc}\" href=\"{}\"", e.href()), "</a>"),
        None => (format!("<mark class=\"m k-{kc}\" tabindex=\"0\""), "</mark>"),
    };
    let _ = write!(
        out,
        "{open} id=\"m-{anchor}\" title=\"{}\">{}{close}",
        escape_html(&tooltip(m, canonical, &v.doc.id)),
        escape_html(surface),
    );
}

/// Adds mention `i` to its entity's page and to the search pages.
fn register(b: &mut Builder, v: &DocView, i: usize, s: &Sentence, p: Placed) -> Result<()> {
    let m = &v.rows.mentions[i];
    let href = match p.anchor {
        Some(k) => format!("@/doc/{}.html#m-{k}", v.ord),
        None => format!("@/doc/{}.html#s-{}", v.ord, s.index),
    };
    let kc = super::kind_class(&m.kind);
    let ctx = |context: usize| match p.at {
        Some(at) => snippet(&s.text, at, &format!("k-{kc}"), context),
        None => escape_html(&s.text).into_owned(),
    };
    if let Some(n) = v.entity_of[i] {
        let fragment = href.rsplit_once('#').map_or("", |(_, f)| f);
        b.entities.saw(n, v.ord, fragment, || ctx(ENTITY_CONTEXT));
    }
    let entity = v.entity_of[i].map(|n| &b.entities.list[n]);
    let canonical = entity.map_or(m.canonical.as_str(), |e| e.canonical.as_str());
    let (keys, shards) = keys_attr(&m.text, canonical, &m.value);
    let value = match entity {
        Some(e) => e.canonical.clone(),
        None => readable_value(m),
    };
    let label: String = v.label.chars().take(SEARCH_LABEL).collect();
    let item = format!(
        "<li data-k=\"{keys}\"><a class=\"hit k-{kc}\" href=\"{href}\">{}</a> <small>{} · {}</small> \
         <span class=\"dim\">{}{} {}</span><p class=\"ctx\">{}</p></li>\n",
        escape_html(&m.text),
        escape_html(&m.kind),
        escape_html(&value),
        escape_html(&label),
        if label.len() < v.label.len() { "…" } else { "" },
        escape_html(&v.doc.date),
        ctx(SEARCH_CONTEXT),
    );
    b.search.add(&shards, &item)
}

/// Spans to mark in a fact's sentence: subject, cue and object, in text order, without
/// overlaps.
fn fact_spans(
    s: &Sentence,
    spans: [(Option<(usize, usize)>, &'static str); 3],
) -> Vec<(usize, usize, &'static str)> {
    let mut out: Vec<(usize, usize, &str)> = spans
        .into_iter()
        .filter_map(|(span, class)| {
            let (a, z) = span?;
            let (a, z) = (a.checked_sub(s.start)?, z.checked_sub(s.start)?);
            (a < z && z <= s.text.len() && s.text.is_char_boundary(a) && s.text.is_char_boundary(z))
                .then_some((a, z, class))
        })
        .collect();
    out.sort_by_key(|&(a, z, _)| (a, z));
    let mut end = 0;
    out.retain(|&(a, z, _)| {
        let keep = a >= end;
        if keep {
            end = z;
        }
        keep
    });
    out
}

/// One row of a facts table (links written `@/`), added to the fact store and to the
/// pages of its entities.
fn fact_row(b: &mut Builder, v: &DocView, f: &Fact) -> Result<String> {
    let rel = v.rows.relations.iter().find(|r| r.id == f.id && !f.id.is_empty());
    let mention = |id: Option<&String>| {
        id.and_then(|id| v.placed.get(id.as_str())).map(|&(i, p)| (&v.rows.mentions[i], i, p))
    };
    let subj = mention(rel.map(|r| &r.subject_id));
    let obj = mention(rel.map(|r| &r.object_id));
    let ent = |m: Option<(&Mention, usize, Placed)>, name: &str| {
        m.and_then(|(_, i, _)| v.entity_of[i]).or_else(|| b.entities.by_name(name))
    };
    let (subj_ent, obj_ent) = (ent(subj, &f.subject), ent(obj, &f.object));
    let money = obj.filter(|(m, _, _)| m.kind == "money").map(|(m, _, _)| m);
    let sentence = v
        .rows
        .sentences
        .iter()
        .find(|s| s.id == f.sentence_id)
        .or_else(|| subj.map(|(_, _, p)| &v.rows.sentences[p.sentence]));
    let name = |e: Option<usize>, text: &str| -> String {
        match e.map(|n| &b.entities.list[n]) {
            Some(e) => {
                format!("<a class=\"ent\" href=\"{}\">{}</a>", e.href(), escape_html(&e.canonical))
            }
            None => escape_html(text).into_owned(),
        }
    };
    let object_html = match money {
        None if obj_ent.is_some() => name(obj_ent, &f.object),
        _ => amount_html(f, money),
    };
    let amount = money.map(|m| m.value.clone()).or_else(|| {
        f.object.split(' ').next().filter(|n| n.parse::<f64>().is_ok()).map(str::to_string)
    });
    let date = if f.date.is_empty() { &f.reported } else { &f.date };
    let s_href = sentence.map(|s| format!("@/doc/{}.html#s-{}", v.ord, s.index));
    let ents: Vec<usize> = [subj_ent, obj_ent].into_iter().flatten().collect();
    let ents_attr: String = ents.iter().map(|n| format!(" {n}")).collect::<String>() + " ";
    let ord = b.facts.len();
    let mut row = row_open(f, ord, &ents_attr, date, amount.as_deref().unwrap_or(""));
    let fact_cell = format!(
        "<td class=\"fact\">{} <span class=\"ty t-{}\">{}</span> {object_html}</td>",
        name(subj_ent, &f.subject),
        super::type_class(&f.kind),
        escape_html(&f.kind)
    );
    let conf_cell = format!("<td class=\"num conf\">{}</td></tr>\n", escape_html(&f.confidence));
    row.push_str(&fact_cell);
    date_cell(f, &mut row);
    source_cell(v, &mut row);
    sentence_cell(f, sentence, s_href.as_deref(), rel, subj, obj, &mut row);
    row.push_str(&conf_cell);
    let short = entity_row(v, f, &fact_cell, &conf_cell, s_href.as_deref());
    let n = b.facts.push(&row, &f.kind, &ents)?;
    let short_n = b.entity_rows.push(&short)?;
    b.stats.facts += 1;
    let label = format!(
        "{} {} {}",
        f.subject,
        f.kind,
        money.map_or_else(|| readable_object(&f.object), readable_value)
    );
    for e in ents {
        b.entities.list[e].points.push(Point {
            fact: n,
            date: date.clone(),
            reported: f.date.is_empty(),
            kind: f.kind.clone(),
            amount: money.and_then(|m| m.value.parse().ok()),
            unit: money.map(|m| m.unit.clone()).unwrap_or_default(),
            label: label.clone(),
            href: s_href.clone().unwrap_or_else(|| format!("@/doc/{}.html", v.ord)),
            row: short_n,
        });
    }
    Ok(row)
}

/// The opening tag of a facts-table row, with what the filters and sorts read.
fn row_open(f: &Fact, ord: usize, ents_attr: &str, date: &str, amount: &str) -> String {
    format!(
        "<tr class=\"f\" id=\"f-{ord}\" data-type=\"{}\" data-ents=\"{ents_attr}\" data-date=\"{}\" data-amt=\"{}\" data-conf=\"{}\" data-subj=\"{}\" data-ord=\"{ord}\">",
        escape_html(&f.kind),
        escape_html(date),
        escape_html(amount),
        escape_html(&f.confidence),
        escape_html(&f.subject.to_lowercase()),
    )
}

/// A fact's object written as an amount (`up to 75 bn EUR`), the exact value on hover.
fn amount_html(f: &Fact, money: Option<&Mention>) -> String {
    let shown = money.map_or_else(|| readable_object(&f.object), readable_value);
    format!(
        "<span class=\"amt\" title=\"{}\">{}</span>",
        escape_html(&f.object),
        escape_html(&shown)
    )
}

/// The entity pages' shorter row of a fact: date, fact, source, a link to the sentence.
fn entity_row(
    v: &DocView,
    f: &Fact,
    fact_cell: &str,
    conf_cell: &str,
    s_href: Option<&str>,
) -> String {
    let mut short = String::from("<tr>");
    date_cell(f, &mut short);
    short.push_str(fact_cell);
    source_cell(v, &mut short);
    match s_href {
        Some(h) => {
            let _ = write!(short, "<td><a class=\"go\" href=\"{h}\" title=\"open the sentence\" aria-label=\"open the sentence\">¶</a> <span class=\"dim\">{}</span></td>", escape_html(&f.trigger));
        }
        None => short.push_str("<td></td>"),
    }
    short.push_str(conf_cell);
    short
}

/// The stated date, then the reported one.
fn date_cell(f: &Fact, out: &mut String) {
    out.push_str("<td class=\"when\">");
    if f.date.is_empty() {
        out.push_str("<span class=\"dim\" title=\"the sentence states no date\">—</span>");
    } else {
        let _ = write!(
            out,
            "<span title=\"the date the sentence states\">{}</span>",
            escape_html(&f.date)
        );
    }
    if !f.reported.is_empty() {
        let _ = write!(
            out,
            "<br><small title=\"the date of the article\">reported {}</small>",
            escape_html(&f.reported)
        );
    }
    out.push_str("</td>");
}

/// Outlet (linked to the article's URL) and the document's page.
fn source_cell(v: &DocView, out: &mut String) {
    out.push_str("<td class=\"src\">");
    match web_url(&v.doc.source) {
        Some(url) => {
            let _ = write!(out, "<a class=\"outlet\" href=\"{}\" rel=\"noopener noreferrer\" title=\"{}\">{}</a><br>", escape_html(url), escape_html(url), escape_html(outlet(url)));
        }
        None if !v.doc.source.is_empty() => {
            let _ = write!(out, "<span class=\"outlet\">{}</span><br>", escape_html(&v.doc.source));
        }
        None => {}
    }
    let _ = write!(
        out,
        "<a class=\"docl\" href=\"@/doc/{}.html\" title=\"{}\">{}</a></td>",
        v.ord,
        escape_html(v.label),
        escape_html(v.label)
    );
}

/// The sentence with subject, cue and object marked, a link to it in its article, and
/// the fact's ids and method in a details line.
#[allow(clippy::too_many_arguments)]
fn sentence_cell(
    f: &Fact,
    sentence: Option<&Sentence>,
    href: Option<&str>,
    rel: Option<&super::tables::Relation>,
    subj: Option<(&Mention, usize, Placed)>,
    obj: Option<(&Mention, usize, Placed)>,
    out: &mut String,
) {
    out.push_str("<td class=\"sent\">");
    if let Some(h) = href {
        let _ = write!(out, "<a class=\"go\" href=\"{h}\" title=\"open the sentence in its article\" aria-label=\"open the sentence in its article\">¶</a> ");
    }
    match sentence {
        Some(s) => {
            let span = |m: Option<(&Mention, usize, Placed)>| m.map(|(m, _, _)| (m.start, m.end));
            let spans = fact_spans(
                s,
                [(span(subj), "hs"), (rel.and_then(|r| r.trigger_span), "ht"), (span(obj), "ho")],
            );
            let mut cursor = 0;
            for (a, z, class) in spans {
                let tag = if class == "ht" { "i" } else { "b" };
                let _ = write!(
                    out,
                    "{}<{tag} class=\"{class}\">{}</{tag}>",
                    escape_html(&s.text[cursor..a]),
                    escape_html(&s.text[a..z])
                );
                cursor = z;
            }
            out.push_str(&escape_html(&s.text[cursor..]));
        }
        None => out.push_str("<span class=\"dim\">(sentence not found)</span>"),
    }
    let _ = write!(
        out,
        "<div class=\"det\">found by {} · trigger “{}” · <code>{}</code></div></td>",
        escape_html(&f.method),
        escape_html(&f.trigger),
        escape_html(&f.id)
    );
}
