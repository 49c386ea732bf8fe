//! The shape of a line: what kind of text it is, judged from its form only
//! (word count, case, final punctuation, leading call-to-action verb).

/// Counts words: whitespace-separated tokens holding a letter or digit.
pub(crate) fn word_count(line: &str) -> usize {
    line.split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .count()
}

/// Whether the line ends like a sentence: `.`, `!`, `?` or `…`, possibly
/// followed by closing quotes or brackets.
pub(crate) fn ends_sentence(line: &str) -> bool {
    let core = line.trim_end_matches(['"', '\'', ')', ']', '»', '’', '”']);
    core.ends_with(['.', '!', '?', '…'])
}

/// Whether the line has no letter or digit at all ("#", "* * *", "|", "•").
pub(crate) fn is_symbols(line: &str) -> bool {
    !line.chars().any(char::is_alphanumeric)
}

/// Article prose: a sentence of five words or more, or a long line even
/// without final punctuation (a paragraph cut short by the scraper).
pub(crate) fn is_prose(line: &str) -> bool {
    let words = word_count(line);
    (words >= 5 && ends_sentence(line)) || words >= 12
}

/// The rule that protects article text: such a line is never dropped as residue.
pub(crate) fn is_protected(line: &str) -> bool {
    word_count(line) >= 5 && ends_sentence(line)
}

/// A short label: one to three words, not a sentence ("Army", "Politics",
/// "By John Smith").
pub(crate) fn is_label(line: &str) -> bool {
    let words = word_count(line);
    (1..=3).contains(&words) && !ends_sentence(line)
}

/// Written in capitals and not a sentence ("THE OPERATION IS BEING PERFORMED").
pub(crate) fn is_all_caps(line: &str) -> bool {
    let mut upper = 0;
    for c in line.chars() {
        if c.is_lowercase() {
            return false;
        }
        if c.is_uppercase() {
            upper += 1;
        }
    }
    upper >= 2 && !ends_sentence(line)
}

/// Call-to-action and widget words of web pages. Matching them at the start of
/// a short non-sentence line is a rule about page furniture, not a list of
/// particular strings to delete.
const UI_LEADS: &[&str] = &[
    "share",
    "share this",
    "share on",
    "share via",
    "follow",
    "follow us",
    "follow on",
    "subscribe to",
    "sign up for",
    "click here",
    "subscribe",
    "sign up",
    "sign in",
    "log in",
    "login",
    "log out",
    "read more",
    "read also",
    "read next",
    "read the full",
    "see also",
    "see more",
    "related",
    "recommended",
    "more from",
    "more on",
    "more stories",
    "click",
    "download",
    "advertisement",
    "advertising",
    "sponsored",
    "comments",
    "comment",
    "print",
    "email",
    "e-mail",
    "tweet",
    "like us",
    "join us",
    "tags",
    "topics",
    "filed under",
    "you may also like",
    "you might also like",
    "trending",
    "most read",
    "most popular",
    "newsletter",
    "skip to",
    "back to top",
    "next article",
    "previous article",
    "cookie",
    "watch",
    "listen",
];

/// A short call-to-action or widget line ("Share this", "Follow us on
/// Twitter", "Advertisement", "Read more:"): at most eight words, not a
/// sentence, starting with a UI verb or noun.
pub(crate) fn is_ui(line: &str) -> bool {
    ui_lead(line).is_some()
}

/// A call-to-action line that cannot be a subheading: its lead is a phrase
/// ("Share this", "Read more"), or the whole line ("Advertisement"), or
/// followed by a colon ("Watch: …"). "Download speeds" is not one.
pub(crate) fn is_strong_ui(line: &str) -> bool {
    match ui_lead(line) {
        Some((lead, rest)) => lead.contains(' ') || rest.is_empty() || rest.starts_with(':'),
        None => false,
    }
}

/// The longest UI lead the line starts with, and the rest of the line
/// (trimmed of non-word characters at the end).
fn ui_lead(line: &str) -> Option<(&'static str, String)> {
    if word_count(line) > 8 || ends_sentence(line) {
        return None;
    }
    let lower = line
        .trim_matches(|c: char| !c.is_alphanumeric() && c != ':')
        .to_lowercase();
    UI_LEADS
        .iter()
        .filter_map(|lead| {
            let rest = lower.strip_prefix(lead)?;
            rest.chars()
                .next()
                .is_none_or(|c| !c.is_alphanumeric())
                .then(|| (*lead, rest.trim_start().to_string()))
        })
        .max_by_key(|(lead, _)| lead.len())
}

/// A copyright notice ("© 2019 APA", "Copyright 2019 Reuters. All rights
/// reserved."). Requires the sign or a year after the word, so a sentence about
/// copyright law is not taken for one.
pub(crate) fn is_copyright(line: &str) -> bool {
    if word_count(line) > 20 {
        return false;
    }
    let lower = line.to_lowercase();
    if lower.starts_with('©') || lower.contains("all rights reserved") {
        return true;
    }
    // "(c)" alone may number a list item; as a copyright sign a year follows.
    if let Some(rest) = lower.strip_prefix("(c)") {
        return rest.trim_start().starts_with(|c: char| c.is_ascii_digit());
    }
    match lower.strip_prefix("copyright") {
        Some(rest) => {
            let rest = rest.trim_start();
            rest.starts_with('©')
                || rest.starts_with("(c)")
                || rest.starts_with(|c: char| c.is_ascii_digit())
        }
        None => false,
    }
}

/// A navigation trail ("Home > World > Asia", "News | Politics | Army"):
/// three or more short pieces between separators, and not a sentence.
pub(crate) fn is_breadcrumb(line: &str) -> bool {
    if ends_sentence(line) {
        return false;
    }
    let pieces: Vec<&str> = line
        .split(['>', '|', '»', '›', '/', '•', '·'])
        .map(str::trim)
        .collect();
    pieces.len() >= 3 && pieces.iter().all(|p| word_count(p) <= 3)
}

/// Whether a first line looks like a headline: short, starting with a capital
/// letter or digit, and not ending with a full stop.
pub(crate) fn looks_like_headline(line: &str) -> bool {
    let words = word_count(line);
    if words == 0 || words > 20 || line.chars().count() > 200 || is_ui(line) || is_symbols(line) {
        return false;
    }
    let core = line.trim_end_matches(['"', '\'', ')', ']']);
    if core.ends_with(['.', ',', ';', ':']) {
        return false;
    }
    let first = line
        .trim_start_matches(['"', '\'', '(', '['])
        .chars()
        .next();
    first.is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
}

/// A comparison key: lower-case letters and digits, words separated by one space.
pub(crate) fn key(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut gap = false;
    for c in s.chars() {
        if c.is_alphanumeric() {
            if gap && !out.is_empty() {
                out.push(' ');
            }
            gap = false;
            out.extend(c.to_lowercase());
        } else if c.is_whitespace() || matches!(c, '-' | '/' | '|') {
            gap = true;
        }
    }
    out
}

/// Keys a body line may have when it repeats `title`: the title itself, and
/// the title without a site name after (or before) a separator bar or dash
/// ("Ministers meet in Beijing | APA").
pub(crate) fn title_keys(title: &str) -> Vec<String> {
    let mut keys = vec![key(title)];
    for sep in [" | ", " - ", " :: ", " · "] {
        if let Some((left, right)) = title.rsplit_once(sep) {
            for part in [left, right] {
                if word_count(part) >= 3 {
                    keys.push(key(part));
                }
            }
        }
    }
    keys.retain(|k| !k.is_empty());
    keys
}
