//! Rewritten gold texts, to measure what a coder's figures rest on: the
//! same records lower-cased (police logs and some wires come that way), and
//! with people's names replaced by invented ones (a coder that knows
//! sentences rather than wording loses there).

use std::collections::HashMap;

/// How to rewrite a gold text before coding it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Variant {
    /// Every letter in lower case.
    Lowercase,
    /// Every word of a known person's name replaced by an invented word of
    /// the same shape, the same everywhere ("Kofi Annan" and "Annan" become
    /// "Daromi Veltash" and "Veltash").
    RenamePeople,
}

/// Rewrites texts with a [`Variant`].
#[derive(Debug, Clone)]
pub struct Rewriter {
    variant: Variant,
    /// Name word → invented word.
    names: HashMap<String, String>,
}

const ONSETS: &[&str] = &["b", "d", "f", "g", "k", "l", "m", "n", "p", "r", "s", "t", "v", "z", "br", "dr", "kr", "st", "tr"];
const VOWELS: &[&str] = &["a", "e", "i", "o", "u", "ai", "ou"];
const CODAS: &[&str] = &["", "n", "r", "s", "l", "sh", "k"];

/// An invented word for `word`, from a hash of it: syllables that make no
/// word of any dictionary dyad reads, capitalised as names are.
fn invent(word: &str) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in word.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    let syllables = 2 + (h % 2) as usize;
    let mut out = String::new();
    for _ in 0..syllables {
        let pick = |n: usize, h: &mut u64| {
            let i = (*h % n as u64) as usize;
            *h /= n as u64;
            i
        };
        out.push_str(ONSETS[pick(ONSETS.len(), &mut h)]);
        out.push_str(VOWELS[pick(VOWELS.len(), &mut h)]);
        out.push_str(CODAS[pick(CODAS.len(), &mut h)]);
        h = h.wrapping_mul(0x9e37_79b9_7f4a_7c15) ^ 0x5bd1_e995;
    }
    let mut chars = out.chars();
    chars.next().map(|c| c.to_uppercase().chain(chars).collect()).unwrap_or_default()
}

impl Rewriter {
    /// A rewriter. For [`Variant::RenamePeople`], `person_names` are the full
    /// names the coder knows (its officeholders); a word of them is renamed
    /// when it is capitalised, at least three letters long and not an
    /// ordinary word (`is_word`: "Bush", "May" stay, as a coder cannot tell
    /// them from the words).
    pub fn new<'a>(variant: Variant, person_names: impl IntoIterator<Item = &'a str>, is_word: impl Fn(&str) -> bool) -> Rewriter {
        let mut names = HashMap::new();
        if variant == Variant::RenamePeople {
            for name in person_names {
                for w in name.split(|c: char| c.is_whitespace() || c == '-') {
                    let w = w.trim_matches(|c: char| !c.is_alphanumeric());
                    let capitalised = w.chars().next().is_some_and(char::is_uppercase);
                    if capitalised && w.chars().count() >= 3 && !is_word(&w.to_lowercase()) {
                        names.entry(w.to_string()).or_insert_with(|| invent(w));
                    }
                }
            }
        }
        Rewriter { variant, names }
    }

    /// The rewritten text.
    pub fn rewrite(&self, text: &str) -> String {
        match self.variant {
            Variant::Lowercase => text.to_lowercase(),
            Variant::RenamePeople => {
                let mut out = String::with_capacity(text.len());
                let mut word = String::new();
                let flush = |word: &mut String, out: &mut String| {
                    match self.names.get(word.as_str()) {
                        Some(new) => out.push_str(new),
                        None => out.push_str(word),
                    }
                    word.clear();
                };
                for c in text.chars() {
                    if c.is_alphanumeric() {
                        word.push(c);
                    } else {
                        flush(&mut word, &mut out);
                        out.push(c);
                    }
                }
                flush(&mut word, &mut out);
                out
            }
        }
    }

    /// How many name words it renames.
    pub fn renamed_words(&self) -> usize {
        self.names.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renames_name_words_consistently_and_keeps_ordinary_words() {
        let r = Rewriter::new(Variant::RenamePeople, ["Kofi Annan", "George W. Bush"], |w| w == "bush");
        let out = r.rewrite("UN chief Kofi Annan met Bush; Annan's aides left.");
        assert!(!out.contains("Kofi") && !out.contains("Annan"), "{out}");
        assert!(out.contains("Bush") && out.starts_with("UN chief "), "{out}");
        let invented = invent("Annan");
        assert_eq!(out.matches(&invented).count(), 2, "{out}");
        assert!(out.contains(&format!("{invented}'s aides")), "{out}");
        assert_eq!(Rewriter::new(Variant::Lowercase, [], |_| false).rewrite("The US Army"), "the us army");
    }

    #[test]
    fn invented_words_are_stable_and_capitalised() {
        assert_eq!(invent("Annan"), invent("Annan"));
        assert_ne!(invent("Annan"), invent("Kofi"));
        assert!(invent("Putin").chars().next().unwrap().is_uppercase());
    }
}
