//! Structured input generators: HTML trees (deep, wide, huge), RSS/Atom with
//! DOCTYPE internal subsets and entities, JSON Lines with odd fields, WARC
//! records with bad lengths, gzip/zstd (truncated, bombs), dates in many
//! formats, news-like text, and byte mutations of the test fixtures.

use std::path::Path;

use crate::rng::Rng;

mod markup;
mod text;

pub use markup::{compressed, feed, html, jsonl, warc};
pub use text::{coder_text, date_string, news_text};

/// The seed files: `crates/ingest/tests/fixtures`, by subdirectory.
#[derive(Default, Clone)]
pub struct Seeds {
    pub files: Vec<(String, Vec<u8>)>,
}

impl Seeds {
    pub fn load(dir: &Path) -> Seeds {
        let mut files = Vec::new();
        let mut stack = vec![dir.to_path_buf()];
        while let Some(d) = stack.pop() {
            let Ok(rd) = std::fs::read_dir(&d) else { continue };
            for e in rd.flatten() {
                let p = e.path();
                if p.is_dir() {
                    stack.push(p);
                } else if p.extension().is_none_or(|x| x != "py") {
                    if let Ok(b) = std::fs::read(&p) {
                        let kind = p.parent().and_then(|x| x.file_name()).map(|x| x.to_string_lossy().into_owned()).unwrap_or_default();
                        files.push((kind, b));
                    }
                }
            }
        }
        files.sort();
        Seeds { files }
    }
    fn of(&self, kinds: &[&str]) -> Vec<&[u8]> {
        self.files.iter().filter(|(k, _)| kinds.is_empty() || kinds.contains(&k.as_str())).map(|(_, b)| b.as_slice()).collect()
    }
}

const WORDS: &[&str] = &[
    "the", "minister", "of", "Freedonia", "said", "on", "Tuesday", "that", "government", "forces", "attacked", "rebels", "in",
    "the", "north", "President", "Putin", "met", "Chinese", "leader", "Xi", "Jinping", "Beijing", "accused", "Washington", "a",
    "protest", "police", "arrested", "dozens", "demonstrators", "after", "talks", "with", "Iran", "failed", "United", "Nations",
    "condemned", "the", "strike", "not", "did", "will", "would", "Russia", "Ukraine", "army", "troops", "killed", "civilians",
    "and", "but", "threatened", "sanctions", "against", "North", "Korea", "agreed", "to", "ceasefire", "signed", "deal", "Reuters",
    "U.S.", "Mr.", "Dr.", "Gen.", "E.U.", "NATO", "(AP)", "—", "–", "\"", "'", "«", "»", "…", "said:", "urged", "denied", "rejected",
    "Ministry", "Foreign", "Affairs", "spokesman", "visited", "Paris", "Macron", "Merkel", "Germany", "France", "Israel", "Hamas",
    "Gaza", "bombed", "invaded", "negotiate", "mediate", "Egypt", "Qatar", "Turkey", "Erdogan", "PKK", "Kurdish", "militants",
    "BEIJING,", "Oct", "22", "2019", "Reuters", "-", "MOSCOW", "(Reuters)", "Monday", "who", "which", "he", "she", "they", "it",
    "its", "their", "his", "her", "was", "were", "has", "had", "been", "by", "for", "from", "at", "as", "opposition", "parliament",
    "élection", "Müller", "Łódź", "Δ", "Россия", "北京", "مصر", "😀", "\u{200b}", "\u{feff}", "\u{301}", "ﬁ", "Ⅻ", "ǅ", "İ",
];

const TAGS: &[&str] = &[
    "div", "span", "p", "article", "main", "section", "header", "footer", "nav", "aside", "table", "tr", "td", "th", "tbody", "ul",
    "ol", "li", "a", "b", "i", "em", "strong", "font", "nobr", "h1", "h2", "h3", "title", "script", "style", "template", "svg",
    "math", "select", "option", "noscript", "iframe", "form", "textarea", "pre", "code", "blockquote", "figure", "figcaption",
    "time", "address", "frameset", "frame", "object", "button", "label", "dl", "dt", "dd", "sup", "sub", "u", "s", "small",
    "big", "center", "marquee", "xmp", "plaintext", "foreignObject", "desc", "mi", "annotation-xml", "caption", "colgroup",
    "head", "body", "html", "base", "meta", "link",
];
const VOID: &[&str] = &["br", "img", "hr", "meta", "link", "input", "wbr", "area", "col", "embed", "source", "base"];
const ATTRS: &[&str] = &[
    "class", "id", "href", "src", "style", "itemprop", "property", "name", "content", "datetime", "lang", "dir", "role",
    "hidden", "rel", "type", "charset", "http-equiv", "xmlns", "data-x", "aria-hidden",
];
const CLASSES: &[&str] = &[
    "article", "content", "story-body", "post", "entry-content", "byline", "author", "comment", "sidebar", "footer", "nav",
    "ad", "advert", "share", "related", "caption", "headline", "dateline", "promo", "newsletter", "hidden", "main",
];

/// Cuts `s` to at most `cap` bytes, on a character boundary.
fn truncate_str(s: &mut String, cap: usize) {
    if s.len() > cap {
        let mut end = cap;
        while !s.is_char_boundary(end) {
            end -= 1;
        }
        s.truncate(end);
    }
}

fn words(r: &mut Rng, n: usize, out: &mut String) {
    for i in 0..n {
        if i > 0 {
            out.push(if r.one_in(40) { '\n' } else { ' ' });
        }
        out.push_str(r.pick(WORDS));
        if r.one_in(12) {
            out.push_str(r.pick(&[".", ",", ";", ":", "?", "!", ".\"", "...", ". ", ".\n\n"]));
        }
    }
}

fn sentence(r: &mut Rng) -> String {
    let mut s = String::new();
    let n = r.range(3, 30);
    words(r, n, &mut s);
    s.push('.');
    s
}

/// Byte-level mutations of a seed: bit flips, interesting bytes, deletions,
/// duplications, insertions of tokens, splices with another seed.
pub fn mutate(r: &mut Rng, seed: &[u8], other: &[u8]) -> Vec<u8> {
    const TOKENS: &[&[u8]] = &[
        b"<", b">", b"</", b"<div>", b"<span>", b"<![CDATA[", b"]]>", b"<!--", b"-->", b"&", b"&amp;", b"&#", b";", b"\"", b"'",
        b"{", b"}", b"[", b"]", b"\\u", b"\\ud800", b"\n", b"\r\n", b"\0", b"\xff", b"\xc3", b"\xe2\x80", b"Content-Length: ",
        b"WARC/1.0\r\n", b"<!DOCTYPE x [<!ENTITY e \"x\">]>", b"&e;", b"<item>", b"<entry>", b"\x1f\x8b\x08", b"\x28\xb5\x2f\xfd",
        b"T", b"+", b"-", b":", b"2019", b"99999999999999999999",
    ];
    let mut v = seed.to_vec();
    for _ in 0..r.range(1, 16) {
        let len = v.len();
        match r.below(8) {
            0 if len > 0 => {
                let i = r.below(len);
                v[i] ^= 1 << r.below(8);
            }
            1 if len > 0 => {
                let i = r.below(len);
                v[i] = [0u8, 0xff, 0x7f, 0x80, b'<', b'>', b'"', b'\n', b'&', b' '][r.below(10)];
            }
            2 if len > 0 => {
                let a = r.below(len);
                let b = (a + r.log_size(len - a)).min(len);
                v.drain(a..b);
            }
            3 if len > 0 => {
                let a = r.below(len);
                let b = (a + r.log_size(4096)).min(len);
                let chunk = v[a..b].to_vec();
                let times = r.log_size(1000).max(1);
                let at = r.below(len + 1);
                let rep: Vec<u8> = chunk.iter().copied().cycle().take(chunk.len() * times).collect();
                v.splice(at..at, rep);
            }
            4 | 5 => {
                let at = r.below(len + 1);
                let t = TOKENS[r.below(TOKENS.len())];
                v.splice(at..at, t.iter().copied());
            }
            6 if !other.is_empty() => {
                let at = r.below(len + 1);
                let a = r.below(other.len());
                let b = (a + r.log_size(other.len() - a)).min(other.len());
                v.truncate(at);
                v.extend_from_slice(&other[a..b]);
            }
            _ => {
                let at = r.below(len + 1);
                v.truncate(at);
            }
        }
    }
    v
}

fn mutate_seed(r: &mut Rng, seeds: &[&[u8]]) -> Vec<u8> {
    if seeds.is_empty() {
        return Vec::new();
    }
    let a = seeds[r.below(seeds.len())];
    let b = seeds[r.below(seeds.len())];
    mutate(r, a, b)
}

/// The largest generated input (before compression).
pub const MAX_INPUT: usize = 24 << 20;

/// One input for `target`, with the name of the generator family.
pub fn generate(target: &str, r: &mut Rng, seeds: &Seeds) -> (&'static str, Vec<u8>) {
    // Past the readers' 16 MiB document limit, not much further.
    r.cap = r.cap.min(MAX_INPUT);
    let (family, mut data) = generate_inner(target, r, seeds);
    data.truncate(MAX_INPUT);
    (family, data)
}

fn generate_inner(target: &str, r: &mut Rng, seeds: &Seeds) -> (&'static str, Vec<u8>) {
    let reader = |r: &mut Rng, kind: usize| -> (&'static str, Vec<u8>) {
        match kind {
            0 => html(r),
            1 => feed(r),
            2 => jsonl(r),
            3 => warc(r),
            _ => ("text", news_text(r)),
        }
    };
    let (kinds, fixture_kinds): (&[usize], &[&str]) = match target {
        "read_auto" => (&[0, 1, 2, 3, 4], &[]),
        "read_html" => (&[0], &["html"]),
        "read_feed" => (&[1], &["feeds"]),
        "read_jsonl" => (&[2], &["jsonl"]),
        "read_warc" => (&[3], &["warc"]),
        "read_text" => (&[4], &["text"]),
        "clean_text" => (&[4, 4, 4, 0], &["text"]),
        "parse_date" => {
            return match r.below(4) {
                0 => {
                    let (a, b) = (date_string(r), date_string(r));
                    ("date_mutated", mutate(r, a.as_bytes(), b.as_bytes()))
                }
                1 => ("date_dateline", news_text(r)),
                _ => ("date", date_string(r).into_bytes()),
            };
        }
        "code" => {
            return match r.below(5) {
                0 => ("text", news_text(r)),
                1 => ("mutated", mutate_seed(r, &seeds.of(&["text"]))),
                _ => ("coder_text", coder_text(r)),
            };
        }
        _ => panic!("unknown target {target}"),
    };
    let is_reader = target.starts_with("read_");
    match r.below(10) {
        0 | 1 => ("mutated", mutate_seed(r, &seeds.of(fixture_kinds))),
        2 if is_reader => {
            let k = kinds[r.below(kinds.len())];
            let (_, inner) = reader(r, k);
            ("compressed", compressed(r, inner))
        }
        _ => {
            let k = kinds[r.below(kinds.len())];
            reader(r, k)
        }
    }
}
