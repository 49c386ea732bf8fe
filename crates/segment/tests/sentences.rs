//! Exact expected sentence texts for each splitting rule.

use dyad_segment::split_sentences;

fn sents(text: &str) -> Vec<&str> {
    split_sentences(text).iter().map(|s| s.text(text)).collect()
}

const SEED: &str = "On October 22, the Minister of Defense of the Republic of Azerbaijan, Colonel General Zakir Hasanov, who is on a visit to China, has met with the Member of State Council of the People's Republic of China (PRC), Minister of Defense of the PRC Colonel General Wei Fenghe, Ministry of Defence told APA.\n\nMinister W. Fenghe noted that relations between China and Azerbaijan have a long history, and at the present stage they are developing in accordance with the interests of the two peoples. He emphasized that the \"One Belt and One Way\" initiative, put forward by Chinese President Xi Jinping, created a new opportunity for cooperation between the two countries in various fields. W. Fenghe emphasized that Azerbaijan is active in the implementation of this initiative.";

#[test]
fn seed_paragraph_has_four_sentences() {
    let got = split_sentences(SEED);
    let texts: Vec<&str> = got.iter().map(|s| s.text(SEED)).collect();
    assert_eq!(
        texts,
        [
            "On October 22, the Minister of Defense of the Republic of Azerbaijan, Colonel General Zakir Hasanov, who is on a visit to China, has met with the Member of State Council of the People's Republic of China (PRC), Minister of Defense of the PRC Colonel General Wei Fenghe, Ministry of Defence told APA.",
            "Minister W. Fenghe noted that relations between China and Azerbaijan have a long history, and at the present stage they are developing in accordance with the interests of the two peoples.",
            "He emphasized that the \"One Belt and One Way\" initiative, put forward by Chinese President Xi Jinping, created a new opportunity for cooperation between the two countries in various fields.",
            "W. Fenghe emphasized that Azerbaijan is active in the implementation of this initiative.",
        ]
    );
    let paragraphs: Vec<usize> = got.iter().map(|s| s.paragraph).collect();
    assert_eq!(paragraphs, [0, 1, 1, 1]);
}

#[test]
fn initial_before_surname_is_not_an_end() {
    let t = "The Minister of Defense of Azerbaijan Colonel General Z. Hasanov expressed gratitude.";
    assert_eq!(sents(t), [t]);
    // An initial before a closed-class starter is read as a full stop.
    let t = "He backed Plan B. The plan failed.";
    assert_eq!(sents(t), ["He backed Plan B.", "The plan failed."]);
    let t = "George W. Bush met J.R.R. Tolkien fans. They cheered.";
    assert_eq!(
        sents(t),
        ["George W. Bush met J.R.R. Tolkien fans.", "They cheered."]
    );
}

#[test]
fn reuters_dateline_story() {
    let t = "BEIJING, Oct. 22 (Reuters) - The U.S. and China met on Tuesday. Mr. Smith said talks would resume at 10 a.m. on Oct. 24. Shares rose 3.5 percent.";
    assert_eq!(
        sents(t),
        [
            "BEIJING, Oct. 22 (Reuters) - The U.S. and China met on Tuesday.",
            "Mr. Smith said talks would resume at 10 a.m. on Oct. 24.",
            "Shares rose 3.5 percent.",
        ]
    );
}

#[test]
fn titles_never_end_a_sentence() {
    let t = "Col. Gen. Wei and Lt. Gen. Smith met Mr. Jones, Mrs. Jones, Dr. Lee, Prof. Kim, Sen. Warren, Rep. Pelosi, Gov. Newsom and Pres. Xi. Then they left.";
    assert_eq!(
        sents(t),
        [
            "Col. Gen. Wei and Lt. Gen. Smith met Mr. Jones, Mrs. Jones, Dr. Lee, Prof. Kim, Sen. Warren, Rep. Pelosi, Gov. Newsom and Pres. Xi.",
            "Then they left.",
        ]
    );
    let t = "He lives at No. 5 Downing St. in London. It is small.";
    assert_eq!(
        sents(t),
        ["He lives at No. 5 Downing St. in London.", "It is small."]
    );
    let t = "Talks are set for Sept. 12, Nov. 3 and Dec. 1. A deal is near.";
    assert_eq!(
        sents(t),
        [
            "Talks are set for Sept. 12, Nov. 3 and Dec. 1.",
            "A deal is near."
        ]
    );
    let t =
        "Should he be left in Syria? No. Jack is a citizen. See Fig. 3 and p. 12. Art. 5 applies.";
    assert_eq!(
        sents(t),
        [
            "Should he be left in Syria?",
            "No.",
            "Jack is a citizen.",
            "See Fig. 3 and p. 12.",
            "Art. 5 applies.",
        ]
    );
    let t = "The vote is on Mon. Dec. 2. Results follow.";
    assert_eq!(sents(t), ["The vote is on Mon. Dec. 2.", "Results follow."]);
    let t = "Smith vs. Jones, e.g. Kansas, i.e. Topeka, approx. Five people.";
    assert_eq!(sents(t), [t]);
    let t = "MAJ. GEN. SMITH SPOKE. THEN HE LEFT.";
    assert_eq!(sents(t), ["MAJ. GEN. SMITH SPOKE.", "THEN HE LEFT."]);
}

#[test]
fn company_suffixes_end_only_before_starters() {
    let t = "Apple Inc. Chief Executive Tim Cook spoke. Acme Corp. The company fell.";
    assert_eq!(
        sents(t),
        [
            "Apple Inc. Chief Executive Tim Cook spoke.",
            "Acme Corp.",
            "The company fell.",
        ]
    );
    let t = "Rio Tinto Ltd. and BHP Co. rose. Martin Luther King Jr. Day passed. He spoke of King Jr. He left.";
    assert_eq!(
        sents(t),
        [
            "Rio Tinto Ltd. and BHP Co. rose.",
            "Martin Luther King Jr. Day passed.",
            "He spoke of King Jr.",
            "He left.",
        ]
    );
}

#[test]
fn etc_ends_before_capital() {
    let t = "They sold guns, tanks, etc. and more. They sold ships, planes etc. The army paid.";
    assert_eq!(
        sents(t),
        [
            "They sold guns, tanks, etc. and more.",
            "They sold ships, planes etc.",
            "The army paid.",
        ]
    );
}

#[test]
fn acronyms_and_times() {
    let t = "Talks began at 5 p.m. The delegates left at 9 a.m. on Friday.";
    assert_eq!(
        sents(t),
        [
            "Talks began at 5 p.m.",
            "The delegates left at 9 a.m. on Friday."
        ]
    );
    let t = "The U.S. Senate and the U.N. Security Council met. Troops left the U.K. They went to the E.U. But not for long.";
    assert_eq!(
        sents(t),
        [
            "The U.S. Senate and the U.N. Security Council met.",
            "Troops left the U.K.",
            "They went to the E.U.",
            "But not for long.",
        ]
    );
}

#[test]
fn numbers_urls_and_emails_do_not_split() {
    let t = "Growth was 3.5 percent, or $1,000.50 per head, in version 2.0 of the plan. See reuters.com or www.x.org or mail press@mod.gov.az for more. He came 2nd. She came 3rd.";
    assert_eq!(
        sents(t),
        [
            "Growth was 3.5 percent, or $1,000.50 per head, in version 2.0 of the plan.",
            "See reuters.com or www.x.org or mail press@mod.gov.az for more.",
            "He came 2nd.",
            "She came 3rd.",
        ]
    );
    let t = "The score was 52-48. 10 members abstained.";
    assert_eq!(sents(t), ["The score was 52-48.", "10 members abstained."]);
}

#[test]
fn quotes_and_parentheses() {
    let t = "He said \"we will win.\" Then he left. (See below.) Next came news.";
    assert_eq!(
        sents(t),
        [
            "He said \"we will win.\"",
            "Then he left.",
            "(See below.)",
            "Next came news.",
        ]
    );
    let t = "She asked \u{201C}Is it over?\u{201D} Nobody knew. He shouted 'Stop!' The crowd ran.";
    assert_eq!(
        sents(t),
        [
            "She asked \u{201C}Is it over?\u{201D}",
            "Nobody knew.",
            "He shouted 'Stop!'",
            "The crowd ran.",
        ]
    );
    let t = "\"Why?\" he asked. \"Now!\" she said. It worked! \"Good,\" he said.";
    assert_eq!(
        sents(t),
        [
            "\"Why?\" he asked.",
            "\"Now!\" she said.",
            "It worked!",
            "\"Good,\" he said.",
        ]
    );
}

#[test]
fn ellipsis() {
    let t = "He paused... Then he spoke. She waited... and waited\u{2026} so she left\u{2026} Nothing came.";
    assert_eq!(
        sents(t),
        [
            "He paused...",
            "Then he spoke.",
            "She waited... and waited\u{2026} so she left\u{2026}",
            "Nothing came.",
        ]
    );
}

#[test]
fn bare_terminators_join_the_next_sentence() {
    let t = "They had different objectives. \u{2026} The YPG is different. ? Odd.";
    assert_eq!(
        sents(t),
        [
            "They had different objectives.",
            "\u{2026} The YPG is different.",
            "? Odd.",
        ]
    );
}

#[test]
fn line_breaks_and_paragraphs() {
    let t = "Ministers meet in Beijing\n\nThe talks went\nwell today. Both sides\r\nagreed.\n \n\n\nNo deal was signed";
    let got = split_sentences(t);
    let texts: Vec<&str> = got.iter().map(|s| s.text(t)).collect();
    assert_eq!(
        texts,
        [
            "Ministers meet in Beijing",
            "The talks went\nwell today.",
            "Both sides\r\nagreed.",
            "No deal was signed",
        ]
    );
    let paragraphs: Vec<usize> = got.iter().map(|s| s.paragraph).collect();
    assert_eq!(paragraphs, [0, 1, 1, 2]);
    // A title at the end of a paragraph still cannot carry over.
    let t = "He met Mr.\n\nSmith left.";
    assert_eq!(sents(t), ["He met Mr.", "Smith left."]);
    // U+2029 is a paragraph separator too.
    let t = "One\u{2029}Two";
    let got = split_sentences(t);
    assert_eq!(got.len(), 2);
    assert_eq!(got[1].paragraph, 1);
}

#[test]
fn spans_are_trimmed_and_empty_input_gives_nothing() {
    assert!(split_sentences("").is_empty());
    assert!(split_sentences("  \n\n \t ").is_empty());
    assert!(split_sentences("...").len() == 1);
    let t = "  Hello there.   General Kenobi!  ";
    let got = split_sentences(t);
    assert_eq!(got[0].span.start, 2);
    assert_eq!(sents(t), ["Hello there.", "General Kenobi!"]);
}

#[test]
fn an_unpunctuated_run_is_cut_into_bounded_pieces_at_clause_breaks() {
    use dyad_segment::MAX_SENTENCE_BYTES;
    let clause = "Ministers of both countries met in the capital, ";
    let text = format!("{}é and then they left without any word", clause.repeat(500));
    let sentences = split_sentences(&text);
    assert!(sentences.len() > 1);
    let mut covered = String::new();
    for s in &sentences {
        let piece = &text[s.span.start..s.span.end];
        assert!(piece.len() <= MAX_SENTENCE_BYTES, "{} bytes", piece.len());
        assert_eq!(piece, piece.trim());
        covered.push_str(piece);
        covered.push(' ');
    }
    // Nothing is lost: the pieces are the text, in order, cut at commas.
    assert_eq!(covered.split_whitespace().collect::<Vec<_>>(), text.split_whitespace().collect::<Vec<_>>());
    assert!(sentences[..sentences.len() - 1].iter().all(|s| text[s.span.start..s.span.end].ends_with(',')));
    // Multi-byte text with no space at all is cut on character boundaries.
    let solid = "é".repeat(10_000);
    let pieces = split_sentences(&solid);
    assert_eq!(pieces.iter().map(|s| s.span.end - s.span.start).sum::<usize>(), solid.len());
}

#[test]
fn text_without_capitals_splits_at_periods_but_not_after_abbreviations() {
    let t = "police arrested two men in pune on sunday. the accused were produced before a court. he was approx. 40 years old.";
    assert_eq!(sents(t), ["police arrested two men in pune on sunday.", "the accused were produced before a court.", "he was approx. 40 years old."]);
    // With capitals anywhere, a lower-case word after a period continues the sentence as before.
    let mixed = "Police arrested two men in Pune. the accused were held.";
    assert_eq!(sents(mixed).len(), 1);
}

#[test]
fn paragraphs_glued_by_scraping_are_split_but_domains_and_acronyms_are_not() {
    let t = "Four people died in the restive country.The strike on the home also wounded 11 others.";
    assert_eq!(sents(t), ["Four people died in the restive country.", "The strike on the home also wounded 11 others."]);
    for kept in [
        "Read it at reuters.com today.",
        "See www.example.Com/World for more.",
        "Troops left the U.S.The next day they landed.",
        "Mail press@agency.Org for details.",
    ] {
        assert_eq!(sents(kept).len(), 1, "{kept}");
    }
}
