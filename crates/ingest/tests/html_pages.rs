//! HTML pages built like real news sites: exact article text and metadata.

mod common;

use common::*;
use dyad_ingest::clean::{clean_text, CleanOptions};
use dyad_ingest::{extract_html, Document, HtmlPage};

fn page(rel: &str) -> (HtmlPage, Document) {
    let bytes = fixture_bytes(rel);
    let page = extract_html(std::str::from_utf8(&bytes).unwrap()).unwrap();
    let doc = only_doc(read(rel, &bytes));
    (page, doc)
}

/// The document is the page's paragraphs passed through clean_text with the
/// page title, with place and language filled in; checked the same way for
/// every page so these tests hold whatever the cleaning rules become.
fn assert_document_from_page(page: &HtmlPage, doc: &Document, id: &str) {
    let cleaned = clean_text(
        &page.paragraphs.join("\n\n"),
        CleanOptions {
            title: page.title.as_deref(),
            detect_headline: false,
        },
    );
    assert_eq!(doc.id, id);
    assert_eq!(doc.text, cleaned.text);
    assert_eq!(doc.title, page.title);
    assert_eq!(doc.place, cleaned.dateline.and_then(|d| d.place));
    assert_eq!(doc.url, page.url);
    assert_eq!(doc.source, page.source);
    assert_eq!(doc.language.as_deref(), Some("en"));
    assert_eq!(doc.origin.path, id);
}

#[test]
fn semantic_article_with_og_meta_and_json_ld() {
    let (page, doc) = page("html/semantic_article.html");
    assert_eq!(
        page.paragraphs,
        [
            "The governments of Freedonia and Sylvania have agreed to resume talks on their disputed border after a four-month pause, the foreign ministers of both countries said on Tuesday.",
            "The announcement followed a meeting in Geneva between Freedonia's foreign minister, Rufus Firefly, and his Sylvanian counterpart, Ambassador Trentino, hosted by the Swiss government.",
            "\"We have agreed that our negotiators will meet again before the end of the month,\" Firefly told reporters after the meeting. \"Nobody expects a quick settlement, but the guns have been silent and we intend to keep it that way.\"",
            "Months of tension",
            "Relations between the neighbours deteriorated sharply in November, when Sylvanian troops were accused of crossing into the Ravine valley and detaining three Freedonian farmers. The farmers were released after two weeks.",
            "Freedonia recalled its ambassador in protest and both sides reinforced their border posts, raising fears of an armed clash along the 300-kilometre frontier.",
            "The United Nations secretary general welcomed the agreement and urged both governments to refrain from any action that could undermine the talks.",
        ]
    );
    assert_eq!(
        page.title.as_deref(),
        Some("Freedonia and Sylvania agree to resume border talks")
    );
    assert_eq!(page.source.as_deref(), Some("The Meridian Herald"));
    assert_eq!(
        page.url.as_deref(),
        Some("https://meridianherald.example/world/2024/mar/05/freedonia-sylvania-border-talks")
    );
    assert_eq!(page.language.as_deref(), Some("en"));
    assert_document_from_page(&page, &doc, "html/semantic_article.html");
    assert_eq!(doc.datetime, Some(dt("2024-03-05T09:30:00+01:00")));
    assert_eq!(doc.date, Some(date("2024-03-05")));
}

#[test]
fn div_soup_with_sidebars_comments_and_cookie_banner() {
    let (page, doc) = page("html/div_soup.html");
    assert_eq!(
        page.paragraphs,
        [
            "Police fired tear gas and rubber bullets at several thousand protesters in the port city of Port Royal on Saturday, as demonstrations against a rise in fuel prices entered their second week.",
            "Witnesses said the clashes began when a group of protesters tried to march on the regional governor's office. Police blocked the road with armoured vehicles and ordered the crowd to disperse.",
            "A spokesman for the regional police said 14 officers were injured by stones and 37 people were arrested. A local hospital said it had treated more than 50 people, most of them for the effects of tear gas.",
            "The protests were organised by the Dockworkers' Union, which has called for a general strike on Monday unless the government reverses the increase. The union's leader, Maria Okafor, accused the police of using excessive force against peaceful demonstrators.",
            "The interior ministry said in a statement that the police had acted to protect public buildings and that those responsible for the violence would be prosecuted.",
        ]
    );
    // "<title>… - Daily Courier" loses the suffix that repeats og:site_name.
    assert_eq!(
        page.title.as_deref(),
        Some("Police clash with protesters in Port Royal")
    );
    assert_eq!(page.source.as_deref(), Some("Daily Courier"));
    assert_eq!(page.url, None);
    // No <html lang>: the language is detected from the text.
    assert_eq!(page.language, None);
    assert_document_from_page(&page, &doc, "html/div_soup.html");
    // "pubdate" 20240615 and DC.date.issued give a date without a time.
    assert_eq!(doc.date, Some(date("2024-06-15")));
    assert_eq!(doc.datetime, None);
    for boilerplate in [
        "cookies",
        "Share on",
        "Most read",
        "Related",
        "Comments",
        "Copyright",
        "First!",
    ] {
        assert!(
            !doc.text.contains(boilerplate),
            "{boilerplate:?} leaked into the text"
        );
    }
}

#[test]
fn wire_story_with_dateline_and_time_element() {
    let (page, doc) = page("html/wire_story.html");
    assert_eq!(
        page.paragraphs,
        [
            "Rebels seize airport in northern Kardania, army says",
            "OSTRAVEC, Kardania, Oct 22 (Wire) - Rebel fighters seized the airport of the northern city of Ostravec on Tuesday after two days of fighting, the Kardanian army said, in the biggest setback for government forces this year.",
            "An army spokesman said troops had withdrawn from the airport to avoid civilian casualties and were regrouping south of the city. He did not say how many soldiers had been killed or wounded.",
            "The rebel Northern Front said in a statement that its fighters had captured weapons and two military helicopters. The claim could not be independently verified.",
            "The government in the capital, Belgrad, has accused neighbouring Vostrania of arming the rebels, a charge Vostrania denies.",
            "(Reporting by Tomas Lind; Editing by Sarah Cole)",
        ]
    );
    assert_eq!(
        page.title.as_deref(),
        Some("Rebels seize airport in northern Kardania, army says")
    );
    assert_eq!(page.source, None);
    assert_eq!(
        page.url.as_deref(),
        Some("https://wire.example/world/kardania-rebels-airport-idUSKBN2024")
    );
    assert_document_from_page(&page, &doc, "html/wire_story.html");
    // <time datetime> is explicit metadata: it wins over the dateline's "Oct 22".
    assert_eq!(doc.datetime, Some(dt("2024-10-22T13:43:00Z")));
    assert_eq!(doc.date, Some(date("2024-10-22")));
    assert!(!doc.text.contains("Read next") && !doc.text.contains("Trust Principles"));
}

#[test]
fn magazine_layout_with_scripts_styles_and_newsletter() {
    let (page, doc) = page("html/magazine_blog.html");
    assert_eq!(
        page.paragraphs,
        [
            "For three weeks now, the cranes of the eastern harbour have stood still. The dockworkers who operate them walked out in January, and the union says they will not return until the port authority withdraws its plan to automate two of the five container terminals.",
            "The dispute is about more than jobs. The harbour handles almost half of the country's imports, and shipping companies have already begun diverting vessels to ports across the border.",
            "The port authority argues that automation is the only way to compete with larger ports in the region. Its chairman has said that no worker will be dismissed, and that those whose jobs disappear will be offered retraining.",
            "The union does not believe him. Its members remember the closure of the western docks twenty years ago, when similar promises were made and broken.",
            "Whatever the outcome, the strike has already changed the politics of the city. The mayor, who once championed the automation plan, now says it should be put to a public consultation.",
        ]
    );
    // "&#8211; The Long Read" (an en dash) is stripped as the site suffix.
    assert_eq!(
        page.title.as_deref(),
        Some("Why the harbour strike matters")
    );
    assert_eq!(page.source.as_deref(), Some("The Long Read"));
    assert_eq!(
        page.url.as_deref(),
        Some("https://longread.example/2024/02/10/why-the-harbour-strike-matters/")
    );
    assert_document_from_page(&page, &doc, "html/magazine_blog.html");
    // sailthru.date has no zone; parsely-pub-date on the same day has one and refines it.
    assert_eq!(doc.datetime, Some(dt("2024-02-10T08:15:00-05:00")));
    for boilerplate in [
        "newsletter",
        "Subscribe",
        "dataLayer",
        "font-family",
        "Share this",
        "Recent Posts",
        "Proudly powered",
    ] {
        assert!(
            !doc.text.contains(boilerplate),
            "{boilerplate:?} leaked into the text"
        );
    }
}

#[test]
fn page_without_article_is_an_error() {
    let bytes = fixture_bytes("html/not_found.html");
    assert_eq!(
        extract_html(std::str::from_utf8(&bytes).unwrap()),
        Err("no article text found".to_string())
    );
    assert_eq!(
        summary(&read("html/not_found.html", &bytes)),
        ["html/not_found.html: no article text found"]
    );
}

#[test]
fn json_ld_graph_and_time_fallbacks() {
    // Only JSON-LD inside @graph gives the date here.
    let html = r#"<html><head><title>T</title><script type="application/ld+json">
        {"@graph":[{"@type":"WebPage"},{"@type":"NewsArticle","datePublished":"2023-01-09T07:00:00+05:30"}]}
        </script></head><body><article><p>The court in Lahore adjourned the hearing until next week after the defence asked for more time to prepare its case.</p></article></body></html>"#;
    let page = extract_html(html).unwrap();
    assert_eq!(
        page.published.unwrap().datetime,
        Some(dt("2023-01-09T07:00:00+05:30"))
    );
    // Without meta or JSON-LD, the first <time datetime> in the article.
    let html = r#"<html><head><title>T</title></head><body><time datetime="2020-01-01">x</time><article><time datetime="2023-02-01T10:00:00Z">1 Feb</time><p>The court in Lahore adjourned the hearing until next week after the defence asked for more time to prepare its case.</p></article></body></html>"#;
    let page = extract_html(html).unwrap();
    assert_eq!(
        page.published.unwrap().datetime,
        Some(dt("2023-02-01T10:00:00Z"))
    );
    // <h1> when there is neither og:title nor <title>.
    let html = r#"<html><body><article><h1>Court adjourns hearing</h1><p>The court in Lahore adjourned the hearing until next week after the defence asked for more time to prepare its case.</p></article></body></html>"#;
    assert_eq!(
        extract_html(html).unwrap().title.as_deref(),
        Some("Court adjourns hearing")
    );
}
