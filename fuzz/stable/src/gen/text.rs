//! Text generators: news-like text, text dense with coder wording, dates.

use super::{sentence, truncate_str, words, WORDS};
use crate::rng::Rng;

/// News-like text: datelines, headlines in capitals, paragraphs, and
/// extremes (one huge line, thousands of lines, odd whitespace).
pub fn news_text(r: &mut Rng) -> Vec<u8> {
    let mut s = String::new();
    match r.below(8) {
        0 => {
            // Wire dateline and story.
            s.push_str(r.pick(&["BEIJING, Oct 22 (Reuters) - ", "MOSCOW (AP) — ", "KANSAS CITY, Mo. — ", "PARIS, 3 mars 2020 (AFP) - ", "WASHINGTON, Tuesday, October 22, 2019 1:43 PM EDT -- "]));
            for _ in 0..r.range(1, 20) {
                s.push_str(&sentence(r));
                s.push_str(r.pick(&[" ", "\n", "\n\n", "\r\n", "\t", "\u{a0}", "\u{2028}"]));
            }
        }
        1 => {
            // A headline line, a date line, a body.
            let mut h = String::new();
            { let n = r.range(1, 15); words(r, n, &mut h); }
            s.push_str(&if r.one_in(2) { h.to_uppercase() } else { h });
            s.push('\n');
            s.push_str(&date_string(r));
            s.push_str("\n\n");
            for _ in 0..r.range(1, 30) {
                s.push_str(&sentence(r));
                s.push(' ');
            }
        }
        2 => {
            // Huge: many sentences, or one sentence of thousands of words.
            let n = r.log_size(200_000);
            if r.one_in(2) {
                words(r, n, &mut s);
            } else {
                for _ in 0..n / 10 + 1 {
                    s.push_str(&sentence(r));
                    s.push_str(if r.one_in(5) { "\n\n" } else { " " });
                }
            }
        }
        3 => {
            // Thousands of short lines / blank lines / whitespace only.
            for _ in 0..r.log_size(100_000) {
                s.push_str(r.pick(&["\n", "\r\n", " \n", "\u{a0}\n", "x\n", "-\n", ".\n", "\u{85}", "\t\n", "Advertisement\n", "Share this:\n"]));
            }
        }
        4 => {
            // A long token without spaces.
            let c = r.pick(&["a", "A", ".", "-", "é", "北", "😀", "&amp;", "<", "\u{301}", "0"]);
            s.push_str(&c.repeat(r.log_size(2_000_000)));
        }
        5 => {
            // Quotes and brackets, unbalanced and nested.
            for _ in 0..r.log_size(20_000) {
                s.push_str(r.pick(&["\"", "(", ")", "“", "”", "[", "]", "'", "«", "»", " said ", " Putin ", " attacked ", ". "]));
            }
        }
        6 => {
            // Control characters and odd Unicode among words.
            for _ in 0..r.range(1, 500) {
                if r.one_in(3) {
                    s.push(char::from_u32(r.below(0x20) as u32).unwrap());
                } else if r.one_in(3) {
                    s.push(char::from_u32(r.below(0x11_0000) as u32).unwrap_or('\u{fffd}'));
                } else {
                    s.push_str(r.pick(WORDS));
                    s.push(' ');
                }
            }
        }
        _ => {
            for _ in 0..r.range(1, 8) {
                s.push_str(&sentence(r));
                s.push_str("\n\n");
            }
        }
    }
    truncate_str(&mut s, r.cap);
    s.into_bytes()
}

/// Who the coder text is about.
const ACTORS: &[&str] = &[
    "Russia", "Ukraine", "the United States", "President Putin", "Xi Jinping", "the Chinese government", "Israeli troops",
    "Hamas militants", "the United Nations", "NATO", "Iranian police", "the opposition", "rebels", "French President Emmanuel Macron",
    "German Chancellor Angela Merkel", "the European Union", "Turkish forces", "Kurdish fighters", "Egypt's foreign minister",
    "he", "they", "it", "the ministry", "North Korea", "South Korea", "Japan's prime minister", "protesters", "Iraq", "Syria",
];
/// What they do, negated, hedged and multi-word included.
const VERBS: &[&str] = &[
    "accused", "attacked", "met", "met with", "condemned", "threatened", "praised", "visited", "bombed", "arrested", "invaded",
    "signed an agreement with", "agreed to talks with", "rejected", "urged", "called on", "imposed sanctions on", "expelled",
    "did not attack", "will not meet", "denied attacking", "is expected to visit", "said it would retaliate against",
    "fired rockets at", "killed", "welcomed", "criticised", "warned", "demanded", "refused to negotiate with", "mediated between",
];

/// "ACTOR VERB ACTOR": the shape of most coded clauses.
fn actor_verb_actor(r: &mut Rng, s: &mut String) {
    s.push_str(r.pick(ACTORS));
    s.push(' ');
    s.push_str(r.pick(VERBS));
    s.push(' ');
    s.push_str(r.pick(ACTORS));
}

/// Sentences built to reach the coder's patterns: actors, event verbs,
/// negation, quotes, relative dates, coordination; and extreme lengths.
pub fn coder_text(r: &mut Rng) -> Vec<u8> {
    const TAIL: &[&str] = &[
        "", " on Tuesday", " last week", " yesterday", " in Beijing", " near the border", " in Gaza City", " over the weekend",
        " on October 22", " two days ago", " and", " but", ", officials said", " (Reuters)", " -- ", " in the north of the country",
    ];
    let mut s = String::new();
    let n = match r.below(6) {
        0 => r.log_size(5_000),
        1 => 1,
        _ => r.range(1, 20),
    };
    for _ in 0..n {
        match r.below(6) {
            0 => {
                // One very long coordinated sentence.
                let k = r.log_size(3_000);
                for i in 0..k {
                    if i > 0 {
                        s.push_str(r.pick(&[" and ", ", ", " while ", " after ", " who "]));
                    }
                    actor_verb_actor(r, &mut s);
                }
                s.push_str(". ");
            }
            1 => {
                s.push('"');
                actor_verb_actor(r, &mut s);
                s.push_str(",\" ");
                s.push_str(r.pick(ACTORS));
                s.push_str(" said. ");
            }
            2 => {
                let mut w = String::new();
                { let n = r.range(1, 60); words(r, n, &mut w); }
                s.push_str(&w);
                s.push_str(". ");
            }
            3 => {
                // Repeated actor names: many overlapping phrase matches.
                let a = r.pick(ACTORS);
                for _ in 0..r.log_size(2_000) {
                    s.push_str(a);
                    s.push(' ');
                }
                s.push_str(r.pick(VERBS));
                s.push_str(". ");
            }
            _ => {
                actor_verb_actor(r, &mut s);
                s.push_str(r.pick(TAIL));
                s.push_str(r.pick(&[". ", ".\n\n", "? ", "; ", " ", "\n"]));
            }
        }
    }
    if r.one_in(4) {
        s = s.to_uppercase();
    } else if r.one_in(6) {
        s = s.to_lowercase();
    }
    truncate_str(&mut s, r.cap);
    s.into_bytes()
}

/// A date string in one of many formats, with out-of-range parts sometimes.
pub fn date_string(r: &mut Rng) -> String {
    const MONTHS: &[&str] = &[
        "January", "Feb", "Feb.", "March", "Apr", "May", "June", "Jul.", "August", "Sept.", "Sep", "October", "Nov", "Dec",
        "Okt", "mars", "OCTOBER", "oct", "Jan.", "Febuary", "Undecember",
    ];
    const DAYS: &[&str] = &["Monday", "Tue", "Tue.", "Wednesday", "Thu", "Fri,", "Sat", "SUNDAY", "Dienstag"];
    const ZONES: &[&str] = &[
        "", " UTC", " GMT", " EDT", " EST", " PST", " CET", " +0400", " -0530", "+04:00", "Z", " (UTC +04:00)", " +9999", " -99:99",
        " +24:00", " UTC+14", " UTC-12:45", " XYZ", " +", "+00",
    ];
    let num = |r: &mut Rng| -> i64 {
        match r.below(10) {
            0 => 0,
            1 => r.below(100) as i64 - 50,
            2 => [i64::MAX, i64::MIN, u32::MAX as i64, 99999999999, 262143, 262144, -262144, 9999, 10000].iter().copied().nth(r.below(9)).unwrap(),
            _ => r.range(1, 31) as i64,
        }
    };
    let year = |r: &mut Rng| -> i64 {
        match r.below(6) {
            0 => [0, 1, 99, 1900, 1969, 1970, 2038, 9999, 10000, 262143, 262144, 999999999, -1, 2019].iter().copied().nth(r.below(14)).unwrap(),
            _ => r.range(1950, 2030) as i64,
        }
    };
    let mut s = String::new();
    match r.below(14) {
        0 => s = format!("{:04}-{:02}-{:02}", year(r), num(r), num(r)),
        1 => s = format!("{:04}-{:02}-{:02}T{:02}:{:02}:{:02}{}", year(r), num(r), num(r), num(r), num(r), num(r), r.pick(ZONES)),
        2 => s = format!("{:04}-{:02}-{:02} {:02}:{:02}{}", year(r), num(r), num(r), num(r), num(r), r.pick(ZONES)),
        3 => s = format!("{}, {} {} {} {:02}:{:02}:{:02}{}", r.pick(DAYS), num(r), r.pick(MONTHS), year(r), num(r), num(r), num(r), r.pick(ZONES)),
        4 => s = format!("{} {} {} {}:{:02}{}", num(r), r.pick(MONTHS), year(r), num(r), num(r), r.pick(ZONES)),
        5 => s = format!("{} {}, {}", r.pick(MONTHS), num(r), year(r)),
        6 => s = format!("{}, {} {}, {} {}:{:02} {}{}", r.pick(DAYS), r.pick(MONTHS), num(r), year(r), num(r), num(r), r.pick(&["AM", "PM", "am", "p.m.", "", "XM"]), r.pick(ZONES)),
        7 => s = format!("{}.{}.{}", num(r), num(r), year(r)),
        8 => s = format!("{}/{}/{}", year(r), num(r), num(r)),
        9 => s = format!("{} {}", r.pick(MONTHS), num(r)),
        10 => s = format!("{}{}", num(r), r.pick(ZONES)),
        11 => {
            // Long runs of digits and separators.
            for _ in 0..r.log_size(10_000) {
                s.push_str(r.pick(&["1", "9", "-", ":", "T", " ", ".", "/", "+", ",", "0", "Oct", "PM"]));
            }
        }
        12 => {
            // Unicode digits, full-width forms, odd whitespace.
            s = format!("{}\u{a0}{}\u{2009}{}", r.pick(&["２０１９", "٢٠١٩", "2019", "²⁰¹⁹"]), r.pick(MONTHS), r.pick(&["２２", "22", "\u{301}22", "22\u{0}"]));
        }
        _ => {
            s = format!("{} {} {}{}", r.pick(DAYS), r.pick(MONTHS), num(r), r.pick(ZONES));
        }
    }
    s
}
