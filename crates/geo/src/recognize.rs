//! Finding place names in text: gazetteer names matched case-robustly,
//! kept or dropped by the words around them.
//!
//! Each rule stands for a class of wording:
//! - a name that is part of a longer capitalised name is not a place on
//!   its own ("Paris Hilton", "Real Madrid", "Boston Globe"), unless the
//!   next word is an institution named after the place ("Edmonton Police",
//!   "Toronto City Council");
//! - a one-word name of a town followed by a speech verb ("Jackson said") or
//!   preceded by a title ("Mr Jackson") is a person, and so is that word
//!   for the rest of the document once it was seen as the end of a longer
//!   name ("Andrew Jackson ... Jackson");
//! - a name that is also a common English word ("Nice", "Reading",
//!   "Split") needs a locative cue ("in", "near", "the town of", "X-based",
//!   the dateline);
//! - a capitalised word at the start of a sentence that the same document
//!   also uses in lower case is the common word ("Turkey should rest before
//!   carving ... the turkey");
//! - abbreviations of states and provinces ("Ky.", "B.C.") count only
//!   after "Town,"; names written in capitals ("US") only in capitals.

use dyad_core::{Sentence, Span, Token, TokenKind};

use crate::gazetteer::{Gazetteer, Kind, NameRef};
use crate::key;

/// A place name found in the text, before resolution.
#[derive(Debug, Clone, PartialEq)]
pub struct Mention {
    /// Byte span in the document text.
    pub span: Span,
    /// Index of the sentence holding it.
    pub sentence: usize,
    /// The places the name may stand for.
    pub refs: Vec<NameRef>,
    /// Whether a locative word introduces it ("in", "near", "outside",
    /// "from", "to", "the city of", "X-based").
    pub locative: bool,
    /// Whether a word of place (not of origin or direction) introduces it:
    /// "in", "at", "near", "outside", "inside", "across", "throughout",
    /// "around", "within", "the city of": what the sentence tells happened there.
    pub at: bool,
    /// Token index within the sentence of its first and last tokens.
    pub first: usize,
    /// Token index of its last token.
    pub last: usize,
    /// Whether a comma follows it ("Paris, Texas").
    pub comma_after: bool,
    /// The key of its words ([`crate::key`]): mentions of the same name share it.
    pub key: u64,
}

/// Words that place what a sentence tells at the name that follows.
#[inline]
fn locative(w: &str) -> bool {
    matches!(
        w,
        "in" | "near" | "outside" | "inside" | "at" | "from" | "to" | "into" | "across" | "throughout" | "around" | "toward" | "towards" | "via" | "within" | "off" | "nearby" | "between"
    )
}

/// Locative words that say where something happens (not where from or to).
#[inline]
fn at(w: &str) -> bool {
    matches!(
        w,
        "in" | "near" | "outside" | "inside" | "at" | "across" | "throughout" | "around" | "within" | "nearby"
    )
}

/// Words after which a name is a place: "the town of X", "X province".
#[inline]
fn place_nouns(w: &str) -> bool {
    matches!(
        w,
        "city" | "town" | "village" | "province" | "state" | "region" | "district" | "county" | "capital" | "port" | "island" | "suburb" | "municipality" | "governorate" | "prefecture" | "oblast" | "territory" | "neighbourhood" | "neighborhood" | "area"
    )
}

/// Nouns of a location relative to a place ("the outskirts of X", "north of
/// X", "the streets of X") and of its people ("residents of X") say where
/// something happens, as "in X" does.
#[inline]
fn relative_location(w: &str) -> bool {
    matches!(
        w,
        "outskirts" | "suburbs" | "suburb" | "centre" | "center" | "heart" | "edge" | "environs" | "vicinity" | "north" | "south" | "east" | "west" | "northeast" | "northwest" | "southeast" | "southwest" | "north-east" | "north-west" | "south-east" | "south-west"
            // "areas of X", "parts of X", "neighbourhoods of X": the parts
            // of a place are in it.
            | "areas" | "parts" | "part" | "neighbourhoods" | "neighborhoods" | "districts" | "quarters" | "villages" | "towns" | "streets"
            // "residents of X": the people of a place act there.
            | "residents" | "inhabitants" | "villagers" | "townspeople" | "people"
    )
}

/// Days, months and holidays: capitalised, but never places nor part of a
/// place's name ("Toronto Saturday night", "in March", "at Christmas").
#[inline]
fn calendar(w: &str) -> bool {
    matches!(
        w,
        "monday" | "tuesday" | "wednesday" | "thursday" | "friday" | "saturday" | "sunday" | "january" | "february" | "march" | "april" | "may" | "june" | "july" | "august" | "september" | "october" | "november" | "december" | "christmas" | "easter" | "thanksgiving" | "halloween" | "ramadan" | "eid" | "hanukkah" | "diwali"
    )
}

/// Head nouns of institutions and facilities named after the place they
/// are in: "Toronto General Hospital", "Edmonton Police Service".
#[inline]
fn facilities(w: &str) -> bool {
    matches!(
        w,
        "hospital" | "police" | "service" | "services" | "gallery" | "museum" | "university" | "college" | "school" | "airport" | "station" | "council" | "court" | "courthouse" | "church" | "cathedral" | "mosque" | "temple" | "synagogue" | "zoo" | "park" | "library" | "centre" | "center" | "stadium" | "arena" | "hall" | "prison" | "jail" | "port" | "harbour" | "harbor" | "bridge" | "street" | "road" | "avenue" | "square" | "city" | "county" | "district" | "region" | "transit" | "fire" | "mayor" | "sheriff" | "board" | "clinic" | "institute" | "market" | "mall" | "cemetery" | "governor" | "premier" | "senator" | "legislature" | "government" | "attorney" | "parliament" | "assembly" | "department" | "ministry"
    )
}

/// What the capitalised words from `k` on name, if they end in a facility
/// or institution noun within three words.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Named {
    /// Not a facility or institution.
    Nothing,
    /// A street or square: "Hertford Road".
    Street,
    /// A facility or institution: "Toronto General Hospital".
    Institution,
}

fn names_institution(p: &Prepared, k: usize) -> Named {
    for m in k..(k + 3).min(p.tokens.len()) {
        if p.tokens[m].kind != TokenKind::Word || !starts_upper(p.texts[m]) {
            return Named::Nothing;
        }
        let w = p.f(m);
        if facilities(w) {
            return if matches!(w, "street" | "road" | "avenue" | "square" | "bridge") { Named::Street } else { Named::Institution };
        }
    }
    Named::Nothing
}

/// A word in capitals of two or more letters ("CBC", "MLA").
fn is_acronym(w: &str) -> bool {
    w.chars().count() >= 2 && w.chars().all(|c| c.is_uppercase() || c == '.')
}

/// Titles before a person's name.
#[inline]
fn titles(w: &str) -> bool {
    matches!(
        w,
        "mr" | "mr." | "mrs" | "mrs." | "ms" | "ms." | "dr" | "dr." | "miss" | "sir" | "lady" | "lord" | "president" | "minister" | "senator" | "sen." | "rep." | "gov." | "governor" | "mayor" | "judge" | "justice" | "coach" | "general" | "gen." | "prof." | "professor" | "st." | "saint" | "pope" | "king" | "queen" | "prince" | "princess" | "rev." | "father" | "brother" | "sister" | "officer" | "constable" | "sgt." | "detective" | "chief" | "captain" | "capt." | "lt." | "col."
    )
}

/// Words after an organisation's name: "Xinhua news agency", "Xinhua
/// reported".
#[inline]
fn media(w: &str) -> bool {
    matches!(
        w,
        "news" | "agency" | "newspaper" | "reported" | "reports" | "quoted" | "tv" | "radio"
    )
}

/// Determiners before a building's or area's name: "the White House",
/// "a White House meeting".
#[inline]
fn determiners(w: &str) -> bool {
    matches!(
        w,
        "the" | "a" | "an" | "this" | "that" | "his" | "her" | "its" | "their" | "our" | "whose"
    )
}

/// Verbs of saying after a person's name.
#[inline]
fn speech(w: &str) -> bool {
    matches!(
        w,
        "said" | "says" | "told" | "added" | "wrote" | "argued" | "asked" | "explained" | "insisted" | "noted" | "recalled" | "stated" | "tweeted" | "replied" | "admitted" | "announced" | "claimed" | "warned" | "testified" | "acknowledged"
    )
}

/// Closed-class words that may start a sentence in capitals before a place.
#[inline]
fn function_words(w: &str) -> bool {
    matches!(
        w,
        "in" | "at" | "on" | "from" | "to" | "near" | "outside" | "inside" | "across" | "throughout" | "around" | "for" | "with" | "by" | "the" | "a" | "an" | "and" | "but" | "or" | "as" | "after" | "before" | "during" | "since" | "while" | "when" | "if" | "of" | "into" | "unlike" | "like" | "both" | "even" | "only" | "then" | "there" | "here" | "this" | "that" | "these" | "those" | "last" | "next" | "meanwhile" | "elsewhere" | "back" | "over" | "under" | "up" | "down" | "via" | "so" | "yet" | "where" | "between" | "among" | "within" | "beyond" | "toward" | "towards" | "against" | "about" | "north" | "south" | "east" | "west" | "central" | "northern" | "southern" | "eastern" | "western" | "downtown" | "greater" | "rural" | "urban" | "all" | "many" | "some" | "most" | "several" | "every" | "each" | "two" | "three" | "new"
    )
}

/// Personal and possessive pronouns: never a place's name.
#[inline]
fn pronoun(w: &str) -> bool {
    matches!(w, "i" | "me" | "my" | "we" | "us" | "our" | "you" | "your" | "he" | "him" | "his" | "she" | "her" | "it" | "its" | "they" | "them" | "their")
}

/// A sentence prepared for matching.
struct Prepared<'t> {
    tokens: std::borrow::Cow<'t, [Token]>,
    texts: Vec<&'t str>,
    /// Folded tokens: a range of `arena` for a token that folding changes
    /// ("Beijing" → "beijing"), else `None` (the token as written).
    folded: Vec<Option<(u32, u32)>>,
    arena: String,
    /// No capitalisation to go by (all lower or all upper case).
    uniform: bool,
}

fn starts_upper(s: &str) -> bool {
    s.chars().next().is_some_and(char::is_uppercase)
}

fn is_wordlike(t: &Token) -> bool {
    matches!(t.kind, TokenKind::Word | TokenKind::Abbrev)
}

fn prepare<'t>(text: &'t str, s: &Sentence, tokens: std::borrow::Cow<'t, [Token]>) -> Prepared<'t> {
    let texts: Vec<&str> = tokens.iter().map(|t| t.text(text)).collect();
    // Most tokens are lower-case ASCII already and stay as written; the
    // others are folded into one buffer per sentence.
    let mut arena = String::new();
    let folded = texts
        .iter()
        .map(|t| {
            if t.bytes().all(|b| b.is_ascii() && !b.is_ascii_uppercase()) {
                return None;
            }
            let start = arena.len() as u32;
            if t.is_ascii() {
                arena.extend(t.bytes().map(|b| b.to_ascii_lowercase() as char));
            } else {
                arena.push_str(&key::fold(t));
            }
            Some((start, arena.len() as u32))
        })
        .collect();
    let stext = s.text(text);
    let has_lower = stext.bytes().any(|b| b.is_ascii_lowercase()) || (!stext.is_ascii() && stext.chars().any(char::is_lowercase));
    let has_upper = stext.bytes().any(|b| b.is_ascii_uppercase()) || (!stext.is_ascii() && stext.chars().any(char::is_uppercase));
    // A headline in capitals or in title case, or text lower-cased by its
    // source: capitals say nothing about names.
    let uniform = !has_lower || !has_upper || {
        let words: Vec<&str> = tokens.iter().zip(&texts).filter(|(t, _)| t.kind == TokenKind::Word).map(|(_, w)| *w).collect();
        let caps = words.iter().filter(|w| w.len() > 1 && w.chars().all(|c| !c.is_lowercase())).count();
        let initial = words.iter().filter(|w| starts_upper(w)).count();
        words.len() >= 4 && (caps * 10 >= words.len() * 8 || initial * 10 >= words.len() * 7)
    };
    Prepared { tokens, texts, folded, arena, uniform }
}

impl Prepared<'_> {
    /// Token `i` folded: lower case, no accents.
    #[inline]
    fn f(&self, i: usize) -> &str {
        match self.folded[i] {
            Some((a, b)) => &self.arena[a as usize..b as usize],
            None => self.texts[i],
        }
    }
}

/// Per-document memory of what the recognizer has seen.
#[derive(Default)]
pub(crate) struct DocMemory {
    /// Words seen as the last word of a longer capitalised name that is
    /// not a place (surnames): "jackson" after "Andrew Jackson".
    pub(crate) person_words: Vec<String>,
    /// Of those, the ones seen as surnames ("Ryan Bingham"): they count for
    /// the whole document, also before they were seen.
    surnames: Vec<String>,
    /// Words found (or not) in lower case in the text, remembered.
    lower_case: Vec<(String, bool)>,
}

/// Finds the place names of one document.
pub fn find_mentions(g: &Gazetteer, text: &str, sentences: &[Sentence]) -> Vec<Mention> {
    find_mentions_in(g, text, sentences, |_, s| std::borrow::Cow::Owned(dyad_segment::tokenize(text, s.span)))
}

/// As [`find_mentions`], with each sentence's tokens from `tokens_of`
/// (a caller that has tokenised the sentences already saves the work).
pub fn find_mentions_in<'t>(
    g: &Gazetteer,
    text: &'t str,
    sentences: &[Sentence],
    mut tokens_of: impl FnMut(usize, &Sentence) -> std::borrow::Cow<'t, [Token]>,
) -> Vec<Mention> {
    let mut out = Vec::new();
    let mut mem = DocMemory::default();
    for (si, s) in sentences.iter().enumerate() {
        let p = prepare(text, s, tokens_of(si, s));
        sentence_mentions(g, text, &p, si, &mut mem, &mut out);
    }
    // A one-word town name the document uses as a person's surname anywhere,
    // even after the mention ("Bingham to offer plan ... Mayor Ryan
    // Bingham"), is the person.
    if !mem.surnames.is_empty() {
        let person_keys: Vec<u64> = mem.surnames.iter().map(|w| key::extend(key::EMPTY, w)).collect();
        out.retain(|m| {
            let person = m.first == m.last
                && person_keys.contains(&m.key)
                && m.refs.iter().all(|r| r.flags & NameRef::ADJECTIVE == 0 && matches!(g.places[r.place as usize].kind(), Kind::Town | Kind::District | Kind::Other));
            !person
        });
    }
    out
}

fn sentence_mentions(g: &Gazetteer, text: &str, p: &Prepared, si: usize, mem: &mut DocMemory, out: &mut Vec<Mention>) {
    let n = p.tokens.len();
    let mut i = 0;
    while i < n {
        // A sentence's first word in capitals is most often a function word
        // ("The", "In", "But"): no place begins with one.
        // Without capitals a pronoun or function word anywhere is no place
        // ("threw rocks at them": not Them, Denmark).
        if !is_wordlike(&p.tokens[i]) || (!p.uniform && !starts_upper(p.texts[i])) || (i == 0 && function_words(p.f(0))) || (p.uniform && (function_words(p.f(i)) || pronoun(p.f(i)))) {
            i += 1;
            continue;
        }
        // "Paris-based", "Kyiv-born": the name before the hyphen, placed.
        if let Some(m) = hyphen_based(g, p, i, si) {
            out.push(m);
            i += 1;
            continue;
        }
        let mut k = key::EMPTY;
        let mut best: Option<(usize, &[NameRef], bool, u64)> = None;
        for j in i..n.min(i + g.max_pieces) {
            // "New York-based": the name ends inside the last token.
            if j > i {
                if let Some(stem) = hyphen_stem(p.texts[j]) {
                    let sk = key::extend(k, &key::fold(stem));
                    let refs = g.lookup(sk);
                    if !refs.is_empty() {
                        best = Some((j, refs, true, sk));
                    }
                }
            }
            k = key::extend(k, p.f(j));
            let (refs, prefix) = g.probe(k);
            if !refs.is_empty() {
                best = Some((j, refs, false, k));
            }
            if !prefix {
                break;
            }
        }
        let Some((j, refs, stem_end, name_key)) = best else {
            i += 1;
            continue;
        };
        match judge(g, text, p, i, j, refs, mem) {
            Some((refs, locative, at)) => {
                let end = if stem_end { p.tokens[j].span.start + p.texts[j].find('-').unwrap_or(p.texts[j].len()) } else { p.tokens[j].span.end };
                let span = Span { start: p.tokens[i].span.start, end };
                let comma_after = p.texts.get(j + 1) == Some(&",");
                out.push(Mention { span, sentence: si, refs, locative, at, first: i, last: j, comma_after, key: name_key });
                i = j + 1;
            }
            None => i += 1,
        }
    }
}

/// The part before the hyphen of "Paris-based", "Canada-wide", "U.S.-led":
/// a place and a lower-case suffix ("Calgary-North West" and
/// "Austria-Hungary" are names of their own).
fn hyphen_stem(written: &str) -> Option<&str> {
    let (stem, rest) = written.split_once('-')?;
    if stem.is_empty() || !rest.chars().next().is_some_and(char::is_lowercase) {
        return None;
    }
    Some(stem)
}

fn hyphen_based(g: &Gazetteer, p: &Prepared, i: usize, si: usize) -> Option<Mention> {
    let written = p.texts[i];
    let stem = hyphen_stem(written)?;
    let rest = &written[stem.len() + 1..];
    let caps = stem.chars().filter(|c| c.is_alphabetic()).all(char::is_uppercase);
    let name_key = key::extend(key::EMPTY, &key::fold(stem));
    let refs: Vec<NameRef> = g
        .lookup(name_key)
        .iter()
        .copied()
        .filter(|r| r.flags & (NameRef::ABBREV | NameRef::ADJECTIVE | NameRef::COMMON) == 0 && (r.flags & NameRef::ACRONYM == 0 || caps))
        .collect();
    if refs.is_empty() {
        return None;
    }
    let locative = ["based", "born", "bound", "headquartered"].iter().any(|s| rest.eq_ignore_ascii_case(s));
    let t = p.tokens[i].span;
    let comma_after = p.texts.get(i + 1) == Some(&",");
    Some(Mention { span: Span { start: t.start, end: t.start + stem.len() }, sentence: si, refs, locative, at: false, first: i, last: i, comma_after, key: name_key })
}

/// Whether the words around tokens `i..=j` let the name be a place, and
/// which of its readings remain.
fn judge(g: &Gazetteer, text: &str, p: &Prepared, i: usize, j: usize, refs: &[NameRef], mem: &mut DocMemory) -> Option<(Vec<NameRef>, bool, bool)> {
    let n = p.tokens.len();
    let prev = |k: usize| -> Option<&str> { if i >= k { Some(p.f(i - k)) } else { None } };
    let next = (j + 1 < p.tokens.len()).then(|| p.f(j + 1));
    let single = i == j;
    let written = &text[p.tokens[i].span.start..p.tokens[j].span.end];

    // Locative cues.
    let after_place_noun = prev(1) == Some("of") && prev(2).is_some_and(|w| place_nouns(w) || relative_location(w));
    // "the city of Turkey" (Texas) is a town, not the country.
    let town_of = prev(1) == Some("of") && prev(2).is_some_and(|w| matches!(w, "city" | "town" | "village" | "suburb" | "municipality" | "port"));
    let locative = prev(1).is_some_and(locative) || after_place_noun;
    let place_noun_after = next.is_some_and(place_nouns);
    // "Bath, England": a name followed by a comma and a capitalised name.
    let town_comma = next == Some(",") && p.texts.get(j + 2).is_some_and(|w| starts_upper(w));
    let cue = locative || place_noun_after || town_comma || (i == 0 && next.is_some_and(|w| matches!(w, "—" | "–"))) || (i == 0 && p.uniform && next == Some("-"));

    // Months and days are never places on their own ("in March").
    if single && calendar(p.f(i)) {
        return None;
    }
    // "the Gulf of Guinea", "the South China Sea", "the Indian Ocean": the
    // name is the water's, not the country's.
    if dyad_core::in_water_body_name([prev(2), prev(1)], next) {
        return None;
    }
    // A word in capitals within ordinary text is an acronym ("EU", "IRNA"),
    // except a dateline at the start ("WASHINGTON —").
    let written_caps = !p.uniform && single && is_acronym(written);
    let dateline = i == 0 && next.is_some_and(|w| matches!(w, "—" | "-" | "–" | "(" | ","));
    let mut kept: Vec<NameRef> = Vec::with_capacity(refs.len());
    for &r in refs {
        if written_caps && !dateline && r.flags & NameRef::ACRONYM == 0 {
            continue;
        }
        if r.flags & NameRef::ACRONYM != 0 {
            // "US" but not "us"; in a capitals headline "US" too.
            let caps = written.chars().filter(|c| c.is_alphabetic()).all(char::is_uppercase);
            if !caps || (p.uniform && !written.chars().any(char::is_uppercase)) {
                continue;
            }
        }
        if r.flags & NameRef::ABBREV != 0 {
            // "Bowling Green, Ky.": only right after a capitalised name and a comma.
            let after_town = i >= 2 && p.texts[i - 1] == "," && starts_upper(p.texts[i - 2]);
            if !after_town {
                continue;
            }
        }
        if r.flags & NameRef::COMMON != 0 && !cue {
            continue;
        }
        kept.push(r);
    }
    let kind_of = |r: &NameRef| g.places[r.place as usize].kind();
    if town_of {
        kept.retain(|r| !matches!(kind_of(r), Kind::Country | Kind::Continent | Kind::Region));
    }
    if kept.is_empty() {
        return None;
    }
    // Countries and their adjectives head longer names freely ("Russian
    // Foreign Ministry", "China Daily" aside); other places do not.
    let big = kept.iter().any(|r| matches!(kind_of(r), Kind::Country | Kind::Continent) || r.flags & NameRef::ADJECTIVE != 0);
    let major = big || kept.iter().any(|r| matches!(kind_of(r), Kind::Region | Kind::Capital));

    if !p.uniform {
        // The last word must be capitalised too ("New York", not "New york").
        if p.tokens[j].kind == TokenKind::Word && !starts_upper(p.texts[j]) && p.texts[j].chars().next().is_none_or(|c| c.is_alphabetic()) {
            return None;
        }
        // Part of a longer capitalised name: "Paris Hilton", "Real Madrid".
        let prev_cap = i >= 1
            && p.tokens[i - 1].kind == TokenKind::Word
            && starts_upper(p.texts[i - 1])
            && !is_acronym(p.texts[i - 1])
            && !(i - 1 == 0 && function_words(p.f(i - 1)))
            && !function_words(p.f(i - 1));
        if prev_cap && !big {
            if single {
                mem.person_words.push(p.f(i).to_string());
                mem.surnames.push(p.f(i).to_string());
            }
            return None;
        }
        // Followed by a capitalised word that is no institution, title, day
        // or acronym: the start of a person's or organisation's name
        // ("Paris Hilton", "Boston Globe", "Georgia Stevens", "China
        // Daily"); a one-word name is then that person's for the rest of
        // the document. Countries' adjectives head names freely ("Russian
        // Foreign Ministry").
        let next_cap = j + 1 < n && p.tokens[j + 1].kind == TokenKind::Word && starts_upper(p.texts[j + 1]);
        // An institution is named after a major place ("Toronto General
        // Hospital"); after a small one it is more often named after a
        // person ("Pearson International Airport").
        let major_place = kept.iter().any(|r| {
            let pl = &g.places[r.place as usize];
            matches!(pl.kind(), Kind::Capital | Kind::Region | Kind::Country) || pl.feature_code == "PPLA" || pl.population >= 100_000
        });
        let institution = match names_institution(p, j + 1) {
            Named::Nothing => false,
            Named::Street => true,
            Named::Institution => major_place,
        };
        let free = next_cap && !is_acronym(p.texts[j + 1]) && !calendar(p.f(j + 1)) && !institution && !p.f(j + 1).ends_with("'s");
        let adjective = kept.iter().any(|r| r.flags & NameRef::ADJECTIVE != 0);
        // "Stade de France", "Palais de Justice": a name joined to the next
        // capitalised word by a particle is one longer name.
        let particle = j + 2 < n
            && matches!(p.texts[j + 1], "de" | "du" | "des" | "la" | "le" | "van" | "von" | "del" | "di" | "da" | "do" | "dos")
            && starts_upper(p.texts[j + 2]);
        if particle && !big {
            return None;
        }
        if free && !adjective && !kept.iter().any(|r| kind_of(r) == Kind::Continent) {
            // A country's name before a capitalised word is a given name
            // ("Georgia Stevens"); a town's is an organisation's ("Toronto
            // Star"), which says nothing of the town's other mentions.
            if single && kept.iter().all(|r| kind_of(r) == Kind::Country) {
                mem.person_words.push(p.f(i).to_string());
            }
            return None;
        }
    }
    // "the White House", "a White House meeting": a town's name of several
    // words after a determiner is a building or an area, not the town.
    // ("the Hall County town" is the county: counties take "the".)
    if !single && prev(1).is_some_and(determiners) && kept.iter().all(|r| kind_of(r) == Kind::Town) {
        return None;
    }
    // "Xinhua news agency", "Xinhua reported": an organisation.
    if single && !big && next.is_some_and(media) {
        return None;
    }
    if single && !major {
        // A person: "Mr Jackson", "Jackson said".
        if prev(1).is_some_and(titles) || next.is_some_and(speech) {
            return None;
        }
    }
    // A name the document used for a person before ("Andrew Jackson ...
    // Jackson", "Georgia Stevens ... Georgia began").
    if single && mem.person_words.iter().any(|w| *w == p.f(i)) && !kept.iter().any(|r| r.flags & NameRef::ADJECTIVE != 0) {
        return None;
    }
    // In text without capitals to go by, "a turkey": an indefinite article
    // makes a common noun (country adjectives excepted: "a russian soldier").
    if single && p.uniform && prev(1).is_some_and(|w| w == "a" || w == "an") {
        kept.retain(|r| r.flags & NameRef::ADJECTIVE != 0);
        if kept.is_empty() {
            return None;
        }
    }
    // A capitalised first word that the document also writes in lower case.
    if single && i == 0 && !p.uniform && !cue {
        let w = p.f(i);
        let used = match mem.lower_case.iter().find(|(x, _)| x == w) {
            Some((_, u)) => *u,
            None => {
                let u = used_in_lower_case(text, w);
                mem.lower_case.push((w.to_string(), u));
                u
            }
        };
        if used {
            return None;
        }
    }
    let at = (prev(1).is_some_and(at) || after_place_noun) && !kept.iter().any(|r| r.flags & NameRef::ADJECTIVE != 0);
    Some((kept, locative || after_place_noun, at))
}

/// Whether `word` (folded) occurs in the text in lower case as a whole word.
fn used_in_lower_case(text: &str, word: &str) -> bool {
    if word.is_empty() || !word.chars().next().is_some_and(char::is_lowercase) {
        return false;
    }
    let bytes = text.as_bytes();
    let mut from = 0;
    while let Some(pos) = text[from..].find(word) {
        let at = from + pos;
        let end = at + word.len();
        let before_ok = at == 0 || !(bytes[at - 1] as char).is_alphanumeric();
        let after_ok = end >= bytes.len() || !(bytes[end] as char).is_alphanumeric();
        if before_ok && after_ok {
            return true;
        }
        from = end;
    }
    false
}
