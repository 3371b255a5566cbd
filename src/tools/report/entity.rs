//! Entities: the registry that names their pages, what the report learns of each while
//! reading the documents, and their pages (gazetteer record, timeline of facts,
//! co-occurring entities, mentions by document).

use super::facts::Scratch;
use super::html::{escape_html, page_end, page_start, relink, Depth, Section};
use super::tables::{EntityRow, Mention};
use super::timeline;
use crate::gazetteer::Gazetteer;
use anyhow::{Context, Result};
use compact_str::CompactString;
use std::collections::HashMap;
use std::fmt::Write as _;
use std::path::Path;

/// Mention anchors listed per entity and document; the rest are counted.
const ANCHORS_PER_DOC: usize = 24;

/// Documents listed, with a sentence, on an entity's page; the rest are counted (the
/// search finds every mention).
const DOCS_LISTED: usize = 200;

/// The mentions of an entity in one document.
#[derive(Debug, Default)]
pub struct DocMentions {
    /// Document ordinal.
    pub doc: u32,
    /// Mentions in the document.
    pub count: u32,
    /// Fragments (`m-K`, or `s-K` for a mention not highlighted) of the first mentions.
    pub anchors: Vec<CompactString>,
    /// The first mention's sentence, with the mention marked (rendered HTML).
    pub snippet: String,
}

/// A fact of an entity, for its timeline and its table.
#[derive(Clone, Debug, Default)]
pub struct Point {
    /// The fact's ordinal (rows of `index.html`).
    pub fact: u32,
    /// The date stated for the fact, else the date it was reported.
    pub date: String,
    /// Whether `date` is the reported date.
    pub reported: bool,
    /// Relation type.
    pub kind: String,
    /// The amount, for money facts.
    pub amount: Option<f64>,
    /// Currency of the amount.
    pub unit: String,
    /// The fact in words (`SoftBank invests 75 bn EUR`).
    pub label: String,
    /// `@/doc/N.html#s-K`: the sentence.
    pub href: String,
    /// Its row in the entity's facts table (links written `@/`), in [`EntityContext::rows`].
    pub row: u32,
}

/// What the report knows of one entity.
#[derive(Debug, Default)]
pub struct Entity {
    /// `entity_id`, or `=canonical` for a name the gazetteer does not list.
    pub key: String,
    /// company or chip.
    pub kind: String,
    /// Canonical name.
    pub canonical: String,
    /// Its `entities.csv` row, when it has one.
    pub row: Option<EntityRow>,
    /// File stem of its page (`entity/STEM.html`): the id when it is a plain slug.
    pub stem: String,
    /// Mentions seen.
    pub mentions: usize,
    /// Mentions by document, in document order: the first [`DOCS_LISTED`] documents.
    pub docs: Vec<DocMentions>,
    /// Documents naming it beyond those listed, and their mentions.
    pub more: (usize, usize),
    /// The last document that named it.
    last_doc: Option<u32>,
    /// Its facts.
    pub points: Vec<Point>,
}

impl Entity {
    /// The link to its page, from the top folder (`@/entity/STEM.html`).
    pub fn href(&self) -> String {
        format!("@/entity/{}.html", self.stem)
    }
}

/// Every entity the report has seen, and how often two were named in one sentence.
#[derive(Debug, Default)]
pub struct Entities {
    /// By ordinal.
    pub list: Vec<Entity>,
    by_key: HashMap<String, usize>,
    /// Lower-cased canonical name → ordinal, to resolve facts by name.
    by_name: HashMap<String, usize>,
    cooccurs: HashMap<(u32, u32), u32>,
}

/// Whether an entity id can name its page file: lower-case ASCII letters, digits and
/// `-`, starting with a letter or digit (ordinal stems start with `_`).
fn plain_slug(id: &str) -> bool {
    let b = id.as_bytes();
    !b.is_empty()
        && b.len() <= 64
        && b[0].is_ascii_alphanumeric()
        && b.iter().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || *c == b'-')
}

/// The key a mention's entity is known by: its entity id, else `=` and its canonical
/// name for a company or chip the gazetteer does not list; none for amounts and dates.
pub fn key_of(m: &Mention) -> Option<String> {
    if !m.entity_id.is_empty() {
        Some(m.entity_id.clone())
    } else if matches!(m.kind.as_str(), "company" | "chip") {
        let name = if m.canonical.is_empty() { &m.text } else { &m.canonical };
        (!name.trim().is_empty()).then(|| format!("={}", name.trim()))
    } else {
        None
    }
}

impl Entities {
    /// The registry, starting with the rows of `entities.csv`.
    pub fn new(rows: Vec<EntityRow>) -> Entities {
        let mut e = Entities::default();
        for row in rows {
            let key = row.id.clone();
            if e.by_key.contains_key(&key) || key.is_empty() {
                continue;
            }
            let n = e.add(key, row.kind.clone(), row.canonical.clone());
            e.list[n].row = Some(row);
        }
        e
    }

    fn add(&mut self, key: String, kind: String, canonical: String) -> usize {
        let n = self.list.len();
        let stem = if plain_slug(&key) { key.clone() } else { format!("_{n}") };
        self.by_key.insert(key.clone(), n);
        if !canonical.is_empty() {
            self.by_name.entry(canonical.to_lowercase()).or_insert(n);
        }
        self.list.push(Entity { key, kind, canonical, stem, ..Default::default() });
        n
    }

    /// The ordinal of a mention's entity, registering it on first sight.
    pub fn of_mention(&mut self, m: &Mention) -> Option<usize> {
        let key = key_of(m)?;
        if let Some(&n) = self.by_key.get(&key) {
            return Some(n);
        }
        let canonical = key.strip_prefix('=').unwrap_or(&m.canonical).to_string();
        Some(self.add(key, m.kind.clone(), canonical))
    }

    /// The ordinal of an entity by canonical name (case ignored), for facts that name
    /// an entity without pointing to its mention.
    pub fn by_name(&self, name: &str) -> Option<usize> {
        self.by_name.get(&name.to_lowercase()).copied()
    }

    /// Counts the pairs of distinct entities named in one sentence.
    pub fn cooccur(&mut self, in_sentence: &[usize]) {
        let mut ids: Vec<u32> = in_sentence.iter().map(|&n| n as u32).collect();
        ids.sort_unstable();
        ids.dedup();
        for (i, &a) in ids.iter().enumerate() {
            for &b in &ids[i + 1..] {
                *self.cooccurs.entry((a, b)).or_default() += 1;
            }
        }
    }

    /// Records a mention of entity `n` in document `doc` (anchor `href`, its sentence
    /// rendered as `snippet` for the first one).
    pub fn saw(&mut self, n: usize, doc: u32, fragment: &str, snippet: impl FnOnce() -> String) {
        let e = &mut self.list[n];
        e.mentions += 1;
        let new_doc = e.last_doc != Some(doc);
        e.last_doc = Some(doc);
        if new_doc && e.docs.len() < DOCS_LISTED {
            e.docs.push(DocMentions { doc, snippet: snippet(), ..Default::default() });
        } else if new_doc {
            e.more.0 += 1;
        }
        match e.docs.last_mut().filter(|d| d.doc == doc) {
            Some(d) => {
                d.count += 1;
                if d.anchors.len() < ANCHORS_PER_DOC {
                    d.anchors.push(CompactString::from(fragment));
                }
            }
            None => e.more.1 += 1,
        }
    }

    /// Documents naming entity `n`.
    pub fn documents_of(&self, n: usize) -> usize {
        self.list[n].docs.len() + self.list[n].more.0
    }

    /// The entities named most often with entity `n`, most frequent first.
    fn partners(&self, n: usize, top: usize) -> Vec<(usize, u32)> {
        let n = n as u32;
        let mut out: Vec<(usize, u32)> = self
            .cooccurs
            .iter()
            .filter_map(|(&(a, b), &c)| match (a == n, b == n) {
                (true, _) => Some((b as usize, c)),
                (_, true) => Some((a as usize, c)),
                _ => None,
            })
            .collect();
        out.sort_by(|x, y| {
            y.1.cmp(&x.1).then(self.list[x.0].canonical.cmp(&self.list[y.0].canonical))
        });
        out.truncate(top);
        out
    }
}

/// The header of an entity's facts table.
const ENTITY_FACTS_HEAD: &str = "<colgroup><col class=\"c-date\"><col><col class=\"c-src\"><col class=\"c-go\">\
<col class=\"c-conf\"></colgroup><thead><tr><th scope=\"col\">Date <small>stated · reported</small></th>\
<th scope=\"col\">Fact</th><th scope=\"col\">Source</th><th scope=\"col\">Sentence <small>cue</small></th>\
<th scope=\"col\" class=\"num\">Conf.</th></tr></thead>";

/// What the pages of entities need besides the registry.
pub struct EntityContext<'a> {
    /// Document labels by ordinal: (title, date, outlet).
    pub docs: &'a [(String, String, String)],
    /// The rows of the entities' facts tables.
    pub rows: &'a mut Scratch,
    /// The gazetteers, for aliases, when they could be loaded.
    pub gazetteer: Option<&'a Gazetteer>,
}

/// Writes `dir/entity/STEM.html` for every entity seen in a document, and
/// `dir/entities.html`, the list of them.
pub fn write_pages(dir: &Path, entities: &Entities, cx: &mut EntityContext) -> Result<usize> {
    let sub = dir.join("entity");
    std::fs::create_dir_all(&sub).with_context(|| format!("cannot create {}", sub.display()))?;
    let mut written = 0;
    for (n, e) in entities.list.iter().enumerate() {
        if e.mentions == 0 && e.points.is_empty() {
            continue;
        }
        let html = entity_page(entities, n, cx)?;
        let path = sub.join(format!("{}.html", e.stem));
        std::fs::write(&path, html).with_context(|| format!("cannot write {}", path.display()))?;
        written += 1;
    }
    let path = dir.join("entities.html");
    std::fs::write(&path, entities_index(entities))
        .with_context(|| format!("cannot write {}", path.display()))?;
    Ok(written)
}

/// One entity's page.
fn entity_page(entities: &Entities, n: usize, cx: &mut EntityContext) -> Result<String> {
    let e = &entities.list[n];
    let mut body = String::new();
    let _ = writeln!(
        body,
        "<h1>{} <span class=\"kind k-{}\">{}</span></h1>",
        escape_html(&e.canonical),
        super::kind_class(&e.kind),
        escape_html(&e.kind)
    );
    record(&mut body, entities, e, cx.gazetteer);
    let _ = writeln!(
        body,
        "<p class=\"counts\">{} mentions in {} documents · {} facts</p>",
        e.mentions,
        entities.documents_of(n),
        e.points.len()
    );
    let mut points = e.points.clone();
    points.sort_by(|a, b| b.date.cmp(&a.date).then(a.fact.cmp(&b.fact)));
    if !points.is_empty() {
        body.push_str("<section aria-labelledby=\"tl\"><h2 id=\"tl\">Facts over time</h2>\n");
        timeline::svg(&points, &mut body);
        body.push_str("<table class=\"facts efacts\">");
        body.push_str(ENTITY_FACTS_HEAD);
        body.push_str("<tbody>\n");
        for p in &points {
            body.push_str(&cx.rows.get(p.row)?);
        }
        body.push_str("</tbody></table></section>\n");
    }
    partners_section(&mut body, entities, n);
    mentions_section(&mut body, e, cx.docs);
    if e.more.0 > 0 {
        let _ = writeln!(
            body,
            "<p class=\"hint\">… and {} more documents ({} mentions): <a href=\"{}\">search for {}</a> to see every mention.</p>",
            e.more.0,
            e.more.1,
            super::search::query_href(&e.canonical),
            escape_html(&e.canonical)
        );
    }
    let mut html = String::with_capacity(body.len() + 16384);
    page_start(&mut html, &e.canonical, Depth::Sub, Section::Entities);
    relink(&body, Depth::Sub, &mut html);
    page_end(&mut html, Depth::Sub);
    Ok(html)
}

/// The gazetteer record: id, aliases, country, parent, vendor, Wikidata.
fn record(out: &mut String, entities: &Entities, e: &Entity, gazetteer: Option<&Gazetteer>) {
    out.push_str("<dl class=\"record\">");
    let mut item = |label: &str, html: String| {
        if !html.is_empty() {
            let _ = write!(out, "<dt>{label}</dt><dd>{html}</dd>");
        }
    };
    match &e.row {
        Some(row) => item("gazetteer id", format!("<code>{}</code>", escape_html(&row.id))),
        None => item("gazetteer id", "none: a name found by a pattern".into()),
    }
    let info = e.row.as_ref().and_then(|r| gazetteer.and_then(|g| g.entity(&r.id)));
    if let Some(info) = info {
        let aliases: Vec<String> =
            info.aliases.iter().map(|a| escape_html(a).into_owned()).collect();
        item("aliases", aliases.join(" · "));
    }
    let link = |id: &str| -> String {
        if id.is_empty() {
            return String::new();
        }
        match entities.by_key.get(id).map(|&n| &entities.list[n]) {
            Some(p) if p.mentions > 0 || !p.points.is_empty() => {
                format!("<a href=\"{}\">{}</a>", p.href(), escape_html(&p.canonical))
            }
            Some(p) => escape_html(&p.canonical).into_owned(),
            None => format!("<code>{}</code>", escape_html(id)),
        }
    };
    if let Some(row) = &e.row {
        item("country", escape_html(&row.country).into_owned());
        item("parent", link(&row.parent));
        item("vendor", link(&row.vendor));
        item("Wikidata", escape_html(&row.wikidata).into_owned());
    }
    out.push_str("</dl>\n");
}

/// The entities most often named in the same sentence.
fn partners_section(out: &mut String, entities: &Entities, n: usize) {
    let partners = entities.partners(n, 20);
    if partners.is_empty() {
        return;
    }
    out.push_str("<section aria-labelledby=\"co\"><h2 id=\"co\">Named in the same sentence as</h2><ul class=\"chips\">");
    for (p, count) in partners {
        let e = &entities.list[p];
        let _ = write!(
            out,
            "<li><a class=\"k-{}\" href=\"{}\">{}</a> <small>{count}</small></li>",
            super::kind_class(&e.kind),
            e.href(),
            escape_html(&e.canonical)
        );
    }
    out.push_str("</ul></section>\n");
}

/// The mentions, by document: the first one's sentence and links to each.
fn mentions_section(out: &mut String, e: &Entity, docs: &[(String, String, String)]) {
    if e.docs.is_empty() {
        return;
    }
    out.push_str("<section aria-labelledby=\"mn\"><h2 id=\"mn\">Mentions by document</h2><ol class=\"mentions\">\n");
    for d in &e.docs {
        let (title, date, outlet) = docs.get(d.doc as usize).cloned().unwrap_or_default();
        let _ = write!(
            out,
            "<li><p class=\"src\"><a href=\"@/doc/{}.html\">{}</a> <span class=\"dim\">{} {}</span> · {} mention{}:",
            d.doc,
            escape_html(&title),
            escape_html(&date),
            escape_html(&outlet),
            d.count,
            if d.count == 1 { "" } else { "s" }
        );
        for (i, a) in d.anchors.iter().enumerate() {
            let _ = write!(out, " <a class=\"n\" href=\"@/doc/{}.html#{a}\">{}</a>", d.doc, i + 1);
        }
        if d.count as usize > d.anchors.len() {
            let _ =
                write!(out, " <span class=\"dim\">+{}</span>", d.count as usize - d.anchors.len());
        }
        let _ = writeln!(out, "</p><p class=\"ctx\">{}</p></li>", d.snippet);
    }
    out.push_str("</ol></section>\n");
}

/// `entities.html`: every entity, most mentioned first.
fn entities_index(entities: &Entities) -> String {
    let mut order: Vec<usize> = (0..entities.list.len())
        .filter(|&n| entities.list[n].mentions > 0 || !entities.list[n].points.is_empty())
        .collect();
    order.sort_by(|&a, &b| {
        let (x, y) = (&entities.list[a], &entities.list[b]);
        y.mentions
            .cmp(&x.mentions)
            .then(x.canonical.to_lowercase().cmp(&y.canonical.to_lowercase()))
    });
    let mut body = format!(
        "<h1>Entities <small>{}</small></h1>\n<table class=\"list\"><thead><tr><th scope=\"col\">name</th>\
         <th scope=\"col\">kind</th><th scope=\"col\">country</th><th scope=\"col\" class=\"num\">mentions</th>\
         <th scope=\"col\" class=\"num\">documents</th><th scope=\"col\" class=\"num\">facts</th></tr></thead><tbody>\n",
        order.len()
    );
    for n in order {
        let e = &entities.list[n];
        let country = e.row.as_ref().map_or("", |r| r.country.as_str());
        let _ = writeln!(
            body,
            "<tr><td><a href=\"{}\">{}</a></td><td><span class=\"kind k-{}\">{}</span></td><td>{}</td>\
             <td class=\"num\">{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td></tr>",
            e.href(),
            escape_html(&e.canonical),
            super::kind_class(&e.kind),
            escape_html(&e.kind),
            escape_html(country),
            e.mentions,
            entities.documents_of(n),
            e.points.len()
        );
    }
    body.push_str("</tbody></table>\n");
    let mut html = String::with_capacity(body.len() + 16384);
    page_start(&mut html, "Entities", Depth::Top, Section::Entities);
    relink(&body, Depth::Top, &mut html);
    page_end(&mut html, Depth::Top);
    html
}
