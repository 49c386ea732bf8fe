//! Cleaning pages built like other scraped pages, with exact expected output.

use dyad_ingest::clean::{clean_text, CleanOptions, Cleaned};

fn detect(raw: &str) -> Cleaned {
    clean_text(
        raw,
        CleanOptions {
            title: None,
            detect_headline: true,
        },
    )
}

fn with_title(raw: &str, title: &str) -> Cleaned {
    clean_text(
        raw,
        CleanOptions {
            title: Some(title),
            detect_headline: false,
        },
    )
}

fn plain(raw: &str) -> Cleaned {
    clean_text(raw, CleanOptions::default())
}

#[test]
fn wire_story_with_reuters_dateline() {
    let raw = "Senate passes defense bill\r\n\r\n\
WASHINGTON (Reuters) - The U.S. Senate on Tuesday passed a $738 billion defense\r\n\
policy bill, sending it to President Donald Trump, who has said he will sign it\r\n\
into law.\r\n\r\n\
The measure passed 86-8. It creates a Space Force, a new branch of the military.\r\n\r\n\
\u{201C}This is a historic day,\u{201D} Senator Jim Inhofe said.\r\n\r\n\
Reporting by Patricia Zengerle; Editing by Tom Brown\r\n";
    let c = detect(raw);
    assert_eq!(c.title.as_deref(), Some("Senate passes defense bill"));
    let d = c.dateline.expect("dateline");
    assert_eq!(d.place.as_deref(), Some("Washington"));
    assert_eq!(d.published, None);
    assert_eq!(
        c.text,
        "The U.S. Senate on Tuesday passed a $738 billion defense policy bill, sending it to President Donald Trump, who has said he will sign it into law.\n\n\
The measure passed 86-8. It creates a Space Force, a new branch of the military.\n\n\
\"This is a historic day,\" Senator Jim Inhofe said.\n\n\
Reporting by Patricia Zengerle; Editing by Tom Brown"
    );
}

#[test]
fn page_with_social_residue_and_copyright_footer() {
    let raw = "Home > World > Middle East

Politics

Iran and Iraq sign border deal

Published: 14 March 2019

By Sara Ahmed

TEHRAN \u{2014} Iran and Iraq signed an agreement on Thursday to reopen two border crossings, officials said.

Share this
Facebook
Twitter
Email

The deal was signed by the interior ministers of both countries in Tehran.

ADVERTISEMENT

Trade between the two neighbours reached $12 billion last year, according to Iranian figures.

Follow us on Twitter

Related articles
Iraq and Iran discuss oil exports
Border crossing reopens after five years

\u{A9} 2019 Example News Agency. All rights reserved.";
    let c = detect(raw);
    assert_eq!(c.title.as_deref(), Some("Iran and Iraq sign border deal"));
    let d = c.dateline.expect("dateline");
    assert_eq!(d.place.as_deref(), Some("Tehran"));
    assert_eq!(
        d.published.map(|p| p.date.to_string()).as_deref(),
        Some("2019-03-14")
    );
    assert_eq!(
        c.text,
        "Iran and Iraq signed an agreement on Thursday to reopen two border crossings, officials said.\n\n\
The deal was signed by the interior ministers of both countries in Tehran.\n\n\
Trade between the two neighbours reached $12 billion last year, according to Iranian figures."
    );
}

#[test]
fn hard_wrapped_plain_text() {
    let raw = "Talks in Geneva end without agreement

The two delegations met for three days at the United Nations office
in Geneva but failed to agree on a text for the constitutional
committee, according to diplomats who attended the sessions and
spoke on condition of anonymity.

The envoy said he would report to the Security Council next week. He
expects the sides to return
to the table in the spring. Officials called the talks con-
structive.

Key points:
- no date was set
- both sides will consult";
    let c = detect(raw);
    assert_eq!(
        c.title.as_deref(),
        Some("Talks in Geneva end without agreement")
    );
    assert_eq!(
        c.text,
        "The two delegations met for three days at the United Nations office in Geneva but failed to agree on a text for the constitutional committee, according to diplomats who attended the sessions and spoke on condition of anonymity.\n\n\
The envoy said he would report to the Security Council next week. He expects the sides to return to the table in the spring. Officials called the talks con-structive.\n\n\
Key points:\n- no date was set\n- both sides will consult"
    );
}

#[test]
fn quotes_dashes_and_odd_characters() {
    let raw = "  The minister\u{2019}s spokesman said the country \u{201C}will not accept\u{201D} the proposal\u{2014}at least not now.  \n\
The talks, which ran from 3\u{2013}5 May, ended early \u{2014} and abruptly.\n\
Figures rose by \u{2212}3\u{A0}per\u{2009}cent\tover the\u{200B} period, a\u{AD}gain.\u{7}\n\n\n\n\
\u{201E}Nein\u{201C}, sagte er. \u{00AB}Non\u{00BB}, dit-il.";
    let c = plain(raw);
    assert_eq!(c.title, None);
    assert_eq!(
        c.text,
        "The minister's spokesman said the country \"will not accept\" the proposal - at least not now.\n\
The talks, which ran from 3-5 May, ended early - and abruptly.\n\
Figures rose by -3 per cent over the period, again.\n\n\
\"Nein\", sagte er. \u{00AB}Non\u{00BB}, dit-il."
    );
}

#[test]
fn short_lines_in_the_middle_are_kept() {
    let raw = "Protests spread across the capital

Thousands of people marched through the capital on Saturday, police said.

Police response

Police used tear gas to disperse crowds near the parliament building, witnesses said.

Demands

The protesters demanded the resignation of the government.

Army

#

SUBSCRIBE";
    let c = detect(raw);
    assert_eq!(
        c.title.as_deref(),
        Some("Protests spread across the capital")
    );
    assert_eq!(
        c.text,
        "Thousands of people marched through the capital on Saturday, police said.\n\n\
Police response\n\n\
Police used tear gas to disperse crowds near the parliament building, witnesses said.\n\n\
Demands\n\n\
The protesters demanded the resignation of the government."
    );
}

#[test]
fn given_title_with_site_suffix_is_dropped_from_the_top_only() {
    let raw = "Ministers meet in Beijing\n\nMINISTERS MEET IN BEIJING!\n\nThe ministers met in Beijing on Tuesday, officials said.\n\nMinisters meet in Beijing\n\nThey agreed to meet again next year.";
    let c = with_title(raw, "Ministers meet in Beijing | APA.az");
    assert_eq!(
        c.title.as_deref(),
        Some("Ministers meet in Beijing | APA.az")
    );
    assert_eq!(
        c.text,
        "The ministers met in Beijing on Tuesday, officials said.\n\nMinisters meet in Beijing\n\nThey agreed to meet again next year."
    );
}

#[test]
fn residue_attached_to_the_last_sentence_is_cut() {
    let raw = "Officials signed a legal document in this field.#\n\n## Background\n\nThe talks began in 2017 and continued this year.";
    let c = plain(raw);
    assert_eq!(
        c.text,
        "Officials signed a legal document in this field.\n\nBackground\n\nThe talks began in 2017 and continued this year."
    );
}

#[test]
fn sentences_are_never_dropped_even_at_the_edges() {
    // Short or UI-looking, but real sentences of five words or more.
    let raw = "Follow the money, the prosecutor said.\n\nThe case went on for years.\n\nShare prices fell sharply on Monday.";
    let c = detect(raw);
    assert_eq!(c.title, None);
    assert_eq!(c.text, raw);
}

#[test]
fn headline_is_not_detected_without_a_body() {
    let c = detect("Only a headline here");
    assert_eq!(c.title, None);
    let c = detect("The minister said the talks would\ncontinue next week in Geneva.");
    assert_eq!(c.title, None);
    assert_eq!(
        c.text,
        "The minister said the talks would continue next week in Geneva."
    );
}

#[test]
fn empty_and_blank_input() {
    for raw in ["", " ", "\r\n\r\n", "\u{200B}\u{FEFF}", "#\n*\n|"] {
        let c = detect(raw);
        assert_eq!(c.text, "", "{raw:?}");
        assert_eq!(c.title, None);
        assert_eq!(c.dateline, None);
    }
}

#[test]
fn call_to_action_in_the_middle_only_when_unmistakable() {
    let raw = "The network was upgraded across the region last year, the company said.

Download speeds

Speeds doubled in most towns, according to the regulator.

Read more: Regulator fines network operator

(c) the operator must report outages within a day.

Advertisement

The upgrade cost $2 billion, the company said.";
    let c = plain(raw);
    assert_eq!(
        c.text,
        "The network was upgraded across the region last year, the company said.\n\n\
Download speeds\n\n\
Speeds doubled in most towns, according to the regulator.\n\n\
(c) the operator must report outages within a day.\n\n\
The upgrade cost $2 billion, the company said."
    );
}
