//! Inputs that any web crawl contains and that once ended a whole run:
//! deep nesting, huge element counts, link loops, DOCTYPE subsets, short
//! texts. Each is reported and skipped (or read), and reading goes on.
//! Generated at the sizes that broke dyad; time and memory at these sizes
//! are measured by `scripts/hostile-inputs.sh` (docs/reliability.md).

mod common;

use common::*;
use dyad_ingest::html_budget::{MAX_HTML_DEPTH, MAX_HTML_ELEMENTS};
use dyad_ingest::{read_bytes, read_inputs, IngestOptions};

const STORY: &str = "Police arrested twelve protesters outside parliament on Monday, officials said.";

fn page(body: &str) -> String {
    format!("<html><head><title>t</title></head><body>{body}</body></html>")
}

/// 10,000 unclosed `<div><span>` (a 110 KB page) overflowed the stack.
fn unclosed_div_span(n: usize) -> String {
    page(&format!("{}<p>{STORY}</p>", "<div><span>".repeat(n)))
}

#[test]
fn deeply_nested_html_is_reported_and_skipped() {
    let nested = format!("nested deeper than {MAX_HTML_DEPTH} levels");
    for n in [2_500, 5_000, 10_000] {
        let results = read("deep.html", unclosed_div_span(n).as_bytes());
        assert_eq!(summary(&results), [format!("deep.html: HTML {nested}")], "{n}");
    }
    // 100,000 closed <div>s.
    let closed = page(&format!("{}{STORY}{}", "<div>".repeat(100_000), "</div>".repeat(100_000)));
    assert_eq!(summary(&read("closed.html", closed.as_bytes())), [format!("closed.html: HTML {nested}")]);
}

#[test]
fn nesting_up_to_the_limit_is_extracted() {
    let half = MAX_HTML_DEPTH / 2;
    let html = page(&format!("{}<p>{STORY}</p>{}", "<div><span>".repeat(half), "</span></div>".repeat(half)));
    let doc = only_doc(read("ok.html", html.as_bytes()));
    assert_eq!(doc.text, STORY);
}

#[test]
fn a_million_paragraphs_are_too_many_elements() {
    // 1 million <p> (11 MB) took 2.56 GB.
    let html = page(&"<p>x".repeat(1_000_000));
    assert_eq!(
        summary(&read("many.html", html.as_bytes())),
        [format!("many.html: HTML too large: more than {MAX_HTML_ELEMENTS} elements")]
    );
}

#[test]
fn deep_html_inside_json_lines_and_feeds_costs_one_document() {
    let deep = unclosed_div_span(10_000);
    let jsonl = format!(
        "{}\n{}\n",
        serde_json::json!({"id": "bad", "html": deep}),
        serde_json::json!({"id": "good", "text": STORY})
    );
    assert_eq!(
        summary(&read("n.jsonl", jsonl.as_bytes())),
        [format!("n.jsonl:1: HTML nested deeper than {MAX_HTML_DEPTH} levels"), "OK good".to_string()]
    );
    let escaped = deep.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;");
    let rss = format!(
        "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>F</title>\
         <item><guid>bad</guid><title>Bad</title><description>{escaped}</description></item>\
         <item><guid>good</guid><title>Good</title><description>{STORY}</description></item>\
         </channel></rss>"
    );
    let results = read("f.xml", rss.as_bytes());
    assert_eq!(results.len(), 2, "{:?}", summary(&results));
    assert!(summary(&results)[0].contains(&format!("nested deeper than {MAX_HTML_DEPTH} levels")), "{:?}", summary(&results));
    assert_eq!(summary(&results)[1], "OK good");
}

#[test]
fn a_feed_with_a_doctype_internal_subset_is_a_feed() {
    let rss = format!(
        "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [\n<!ENTITY % p \"<!ENTITY x 'y'>\">\n%p;]>\n\
         <rss version=\"2.0\"><channel><title>F</title>\
         <item><guid>one</guid><title>One</title><description>{STORY}</description></item>\
         </channel></rss>"
    );
    let doc = only_doc(read("dt.xml", rss.as_bytes()));
    assert_eq!((doc.id.as_str(), doc.text.as_str()), ("one", STORY));
}

/// Thirty headlines of 5 to 12 words, written for this test: news wording
/// that trigram statistics took for Italian, French or Latin.
const HEADLINES: [&str; 30] = [
    "Georgian police detained 12 protesters.",
    "Russia condemned Ukraine on Monday number 17.",
    "Talks collapse as rebels reject ceasefire terms",
    "Parliament approves budget after marathon session",
    "Floods displace thousands across northern provinces",
    "Prime minister resigns amid corruption probe",
    "Army says militants attacked checkpoint near border",
    "Opposition leader arrested ahead of general election",
    "UN envoy urges restraint in disputed region",
    "Navy intercepts migrant boat off southern coast",
    "Court orders release of detained journalists",
    "President vetoes media law passed by senate",
    "Teachers strike over pay enters third week",
    "Government imposes curfew after clashes in capital",
    "Foreign ministers meet in Geneva to discuss sanctions",
    "Protesters blockade ports demanding lower fuel prices",
    "Drone strike kills commander of armed group",
    "Election commission delays vote count in Lagos",
    "Kenya and Ethiopia sign border security pact",
    "Minister denies allegations of vote rigging",
    "Police fire tear gas at students in Santiago",
    "Rebels free hostages after weeks of negotiation",
    "Central bank raises interest rates again",
    "Troops withdraw from contested town under truce",
    "Senate confirms new defence secretary",
    "Activists condemn execution of political prisoners",
    "Aid convoy reaches besieged city for first time",
    "Israel and Jordan restore ambassadors after dispute",
    "Bolivia expels diplomats over alleged coup plot",
    "Villagers flee as volcano erupts near Manila",
];

#[test]
fn short_english_headlines_are_english() {
    for h in HEADLINES {
        let words = h.split_whitespace().count();
        assert!((5..=12).contains(&words), "{h}: {words} words");
        let doc = only_doc(read("h.txt", format!("{h}\n").as_bytes()));
        assert_eq!(doc.language.as_deref(), Some("en"), "{h}");
    }
    // 20,000 feed items of one short sentence each were all classed French.
    let items: String = (1..=2_000)
        .map(|n| format!("<item><guid>{n}</guid><description>Russia condemned Ukraine on Monday number {n}.</description></item>"))
        .collect();
    let rss = format!("<rss version=\"2.0\"><channel><title>F</title>{items}</channel></rss>");
    let results = read("feed.xml", rss.as_bytes());
    assert_eq!(results.len(), 2_000);
    assert!(results.iter().all(|r| r.as_ref().unwrap().language.as_deref() == Some("en")));
}

#[test]
fn long_texts_are_still_detected_and_the_user_or_the_document_decides_short_ones() {
    let fr = "Le ministre a déclaré mardi que le gouvernement du pays était prêt à tenir des pourparlers \
              avec les rebelles dans la capitale, et qu'il avait été en contact avec les Nations unies \
              au sujet d'un cessez-le-feu durable dans toute la région du nord.";
    assert_eq!(only_doc(read("fr.txt", fr.as_bytes())).language.as_deref(), Some("fr"));
    // A short text in another script is not taken for English.
    let ru = "Полиция задержала двенадцать протестующих у парламента";
    assert_eq!(only_doc(read("ru.txt", ru.as_bytes())).language.as_deref(), Some("ru"));
    // --language forces the language of documents that declare none ...
    let forced = IngestOptions { language: Some("de".into()), ..IngestOptions::default() };
    let doc = read_bytes("h.txt", HEADLINES[0].as_bytes(), &forced).remove(0).unwrap();
    assert_eq!(doc.language.as_deref(), Some("de"));
    // ... and a JSON Lines language field wins over it.
    let line = serde_json::json!({"id": "x", "text": HEADLINES[0], "language": "en"}).to_string();
    let doc = read_bytes("x.jsonl", line.as_bytes(), &forced).remove(0).unwrap();
    assert_eq!(doc.language.as_deref(), Some("en"));
}

#[cfg(unix)]
mod walking {
    use super::*;
    use std::os::unix::fs::symlink;
    use std::path::Path;

    /// `a/self -> .` and `a/sub/up -> ..`: the loops that made the walk
    /// exponential, next to two ordinary stories.
    fn looped_tree(root: &Path) {
        std::fs::create_dir_all(root.join("a/sub")).unwrap();
        std::fs::write(root.join("a/one.txt"), STORY).unwrap();
        std::fs::write(root.join("a/sub/two.txt"), STORY).unwrap();
        symlink(".", root.join("a/self")).unwrap();
        symlink("..", root.join("a/sub/up")).unwrap();
    }

    fn ids(results: &[Result<dyad_ingest::Document, dyad_ingest::IngestError>], root: &Path) -> Vec<String> {
        let prefix = format!("{}/", root.display());
        summary(results).iter().map(|s| s.replace(&prefix, "")).collect()
    }

    #[test]
    fn links_to_directories_are_not_followed_by_default() {
        let dir = tempfile::tempdir().unwrap();
        looped_tree(dir.path());
        let results: Vec<_> = read_inputs(&[dir.path().join("a")], &IngestOptions::default()).collect();
        assert_eq!(ids(&results, dir.path()), ["OK a/one.txt", "OK a/sub/two.txt"]);
    }

    #[test]
    fn followed_links_report_loops_and_read_each_file_once() {
        let dir = tempfile::tempdir().unwrap();
        looped_tree(dir.path());
        let opts = IngestOptions { follow_links: true, ..IngestOptions::default() };
        let results: Vec<_> = read_inputs(&[dir.path().join("a")], &opts).collect();
        let got = ids(&results, dir.path());
        assert_eq!(
            got,
            [
                "OK a/one.txt",
                "a/self: link loop: leads back to a; not entered",
                "OK a/sub/two.txt",
                "a/sub/up: link loop: leads back to a; not entered",
            ]
        );
    }

    #[test]
    fn files_that_are_not_news_by_name_are_left_out_of_walks_only() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        for name in ["README", "README.txt", "notes.md", "LICENSE", ".hidden.txt", "story.txt"] {
            std::fs::write(root.join(name), STORY).unwrap();
        }
        let results: Vec<_> = read_inputs(&[root.to_path_buf()], &IngestOptions::default()).collect();
        assert_eq!(ids(&results, root), ["OK story.txt"]);
        // Named explicitly, a README is read.
        let results: Vec<_> = read_inputs(&[root.join("README.txt")], &IngestOptions::default()).collect();
        assert_eq!(ids(&results, root), ["OK README.txt"]);
    }
}

/// Found by the fuzz campaign: an XML declaration long enough to leave
/// quick-xml's prefix buffer before its `encoding` is applied trips an
/// assertion inside quick-xml (under feed-rs). The panic is contained: the
/// feed is reported, and the next input is read.
#[test]
fn a_panic_inside_the_feed_parser_costs_only_that_feed() {
    let feed = format!(
        "<?xml version{}=\"1.0\" encoding=\"ISO-8859-1\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>T</title>\
         <id>urn:x</id><entry><title>A</title><id>urn:0</id><content type=\"text\">{STORY}</content></entry></feed>\n",
        "x".repeat(28)
    );
    assert_eq!(summary(&read("qx.xml", feed.as_bytes())), ["qx.xml: internal error in the feed parser"]);
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("a.xml"), &feed).unwrap();
    std::fs::write(dir.path().join("b.txt"), STORY).unwrap();
    let results: Vec<_> = read_inputs(&[dir.path().to_path_buf()], &IngestOptions::default()).collect();
    assert_eq!(results.len(), 2);
    assert!(results[0].is_err() && results[1].is_ok());
}

/// The valid form of the finding above: whitespace inside the declaration
/// puts its `encoding` past quick-xml's 64-byte prefix. The declaration is
/// rewritten in its shortest form, so the feed is read and decoded as it says.
#[test]
fn a_feed_with_a_long_xml_declaration_is_read() {
    let feed = format!(
        "<?xml version=\"1.0\"{}encoding=\"ISO-8859-1\"?>\n<rss version=\"2.0\"><channel><title>T</title>\
         <item><guid>1</guid><title>Caf\u{e9}</title><description>{STORY}</description></item></channel></rss>\n",
        " ".repeat(50)
    );
    // Latin-1 bytes, as the declaration says: "é" is one byte.
    let bytes: Vec<u8> = feed.chars().map(|c| c as u32 as u8).collect();
    let results = read("long-decl.xml", &bytes);
    assert_eq!(summary(&results), ["OK 1"]);
    let doc = results[0].as_ref().unwrap();
    assert_eq!(doc.title.as_deref(), Some("Caf\u{e9}"));
    assert!(doc.text.contains("Police arrested"), "{}", doc.text);
}
