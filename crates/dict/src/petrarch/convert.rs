//! Converts a PETRARCH verb dictionary into dyad's event patterns
//! (`dictionaries/README.md`, `events/*.tsv`), reporting what does not
//! carry over.
//!
//! How the layouts correspond:
//! - A family's pattern applies to every verb of the family, so it becomes
//!   one dyad pattern whose verb element lists the family's one-word verbs
//!   (`ATTACK|RAID|...`); each multi-word verb (`+ROUND_UP`) gets a pattern
//!   of its own.
//! - A space between PETRARCH items lets words intervene: dyad's `...` (up
//!   to four tokens within a clause). Words joined by `_` are consecutive.
//!   `(PREP ...)` and `{...}` are read as their words in order; `^` (any noun
//!   phrase) is a gap; `$` and `+` are dyad's source and target slots.
//! - A synonym set becomes one element of alternatives: its one-word members
//!   with their regular plurals, and the head (last word) of each longer
//!   member ("assault rifle" → "rifle"), since a dyad element is one token.
//! - A pattern coded `[---]` says the wording is no event: a negative pattern.
//! - The code of a pair `[A:B]` is A (B where A is empty). `[:B]` codes B
//!   from the target to the source ("received weapons from X": X gives), so
//!   its rows are `inverse`. Codes without a PLOVER category (PLOVER drops
//!   CAMEO 01 and 02) are left out and counted.

use std::collections::BTreeMap;

use dyad_ontology::cameo;

use super::verbs::{Item, Term, Verb, VerbDictionary, VerbFamily, VerbPattern};
use crate::vocab::phrase_tokens;

/// One generated dyad pattern row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PatternRow {
    /// The file it belongs in, by PLOVER category in lower case (`assault`), or `negative`.
    pub file: String,
    /// Stable id: `cameo.<family>.<source line>` (plus the verb's line for a multi-word verb).
    pub id: String,
    /// CAMEO code, or `-` for a negative pattern.
    pub cameo: String,
    /// The dyad pattern.
    pub pattern: String,
    /// The options column.
    pub options: String,
}

/// The result of a conversion: rows and what was left out, with counts.
#[derive(Debug, Clone, Default)]
pub struct Conversion {
    /// Generated rows, in source order.
    pub rows: Vec<PatternRow>,
    /// Reasons for leaving a source pattern or verb out, with counts.
    pub left_out: BTreeMap<String, usize>,
}

impl Conversion {
    fn leave_out(&mut self, reason: impl Into<String>) {
        *self.left_out.entry(reason.into()).or_default() += 1;
    }
}

/// The regular plural of an upper- or lower-case noun, by PETRARCH's rules
/// (`-s`; `-ies` after a consonant and `y`; `-es` after ss, x, z, ch, sh),
/// or `None` for a word that already ends in a single `s` (the source lists
/// plurals too: "missiles" is no singular).
pub fn plural(word: &str) -> Option<String> {
    let w = word.to_lowercase();
    if w.ends_with('s') && !w.ends_with("ss") {
        return None;
    }
    let b = w.as_bytes();
    Some(if w.ends_with('y') && b.len() > 1 && !b"aeiou".contains(&b[b.len() - 2]) {
        format!("{}ies", &w[..w.len() - 1])
    } else if ["ss", "x", "z", "ch", "sh"].iter().any(|e| w.ends_with(e)) {
        format!("{w}es")
    } else {
        format!("{w}s")
    })
}

/// Which verbs code an event on their own, without pattern words.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BareVerbs {
    /// Every verb, with its own code or its family's (PETRARCH's reading).
    All,
    /// Only verbs whose line gives a code of their own.
    OwnCode,
    /// None: only patterns with words beyond the verb.
    None,
}

/// Which verbs a family's pattern applies to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PatternScope {
    /// Every verb of the family (PETRARCH's reading).
    Family,
    /// The verb the pattern was written for, which the source names first in
    /// the pattern's comment ("# TAKE"): TABARI's patterns were written verb
    /// by verb and grouped into families later, and an idiom of one verb
    /// ("take part") is not one of its synonyms ("capture part").
    SourceVerb,
}

/// The verb of `family` that `p`'s comment names first, in any of its forms.
fn source_verb<'f>(p: &VerbPattern, family: &'f VerbFamily) -> Option<&'f Verb> {
    let named = p.comment.split(|c: char| c.is_whitespace() || c == ',').find(|w| !w.is_empty())?.to_uppercase();
    family.verbs.iter().find(|v| {
        let joined = v.words.join("_");
        joined == named || v.forms.iter().any(|f| f.join("_") == named) || (v.words.len() == 1 && regular_forms(&v.words[0]).contains(&named))
    })
}

/// Regular inflections of an upper-case verb: -S, -ED/-D, -ING.
fn regular_forms(verb: &str) -> Vec<String> {
    let stem = verb.strip_suffix('E').unwrap_or(verb);
    vec![format!("{verb}S"), format!("{stem}ED"), format!("{stem}ING"), format!("{verb}D"), format!("{verb}ES")]
}

/// Tells which lemmas dyad's lexicon knows as verbs.
pub trait VerbLexicon {
    /// True when `lemma` (lower case) has forms in `lexicon/verb-forms.tsv`.
    fn is_verb(&self, lemma: &str) -> bool;
    /// True when `word` (lower case) can be a noun or an adjective
    /// (`lexicon/word-classes.tsv`).
    fn is_nominal(&self, word: &str) -> bool;
}

/// Prepositions and verb particles: words that say how a verb is used but
/// not what it is about. A pattern with no other word after its verb ("COME
/// to", "TAKE ... over") is as broad as the bare verb.
const PARTICLES: &[&str] = &[
    "about", "above", "across", "after", "against", "along", "around", "as", "at", "away", "back", "before", "behind", "below",
    "beside", "between", "beyond", "by", "down", "for", "forward", "from", "in", "inside", "into", "of", "off", "on", "onto",
    "out", "outside", "over", "past", "round", "since", "than", "that", "through", "to", "toward", "towards", "under", "until",
    "up", "upon", "with", "within", "without",
];

/// Verbs of saying. dyad codes reported speech by the reported clause's own
/// verb ("X said Y would boycott" is Y's act), so a pattern that reads the
/// reported content off the verb of saying ("SAY ... boycott") is left out.
const VERBS_OF_SAYING: &[&str] = &["SAY", "TELL", "STATE", "REPORT", "MENTION", "ASSERT", "REMARK", "COMMENT", "ADD", "CLAIM", "NOTE"];

/// True when some pattern word after the verb names what the event is
/// about: a noun or adjective that is not a particle, or a synonym set.
fn has_content_after(after: &[Item], lexicon: &dyn VerbLexicon) -> bool {
    after.iter().any(|item| match item {
        Item::Seq(terms) => terms.iter().any(|t| match t {
            Term::Synset(_) => true,
            Term::Word(w) => {
                let w = w.to_lowercase();
                // ("TAKE ... part": to take part is to participate, as broad
                // as the bare verb; what is taken part in names the event.)
                !PARTICLES.contains(&w.as_str()) && w != "part" && w.split('/').any(|x| lexicon.is_nominal(x))
            }
        }),
        Item::Prep(inner) | Item::Noun(inner) => has_content_after(inner, lexicon),
        _ => false,
    })
}

/// Heads of longer synonym-set members that stand alone for something else
/// first, so are not taken for the member: everyday words ("tear gas" →
/// "gas", "armoured personnel carrier" → "carrier", "infantry fighting
/// vehicle", "improvised explosive device", "billy club", "antiaircraft
/// missile batteries", "brass knuckles") and model names that are animals,
/// weather or myths ("Eurofighter Typhoon", "S565S Panther", "AS-532
/// Cougar", "P-3A Orion", "P-8A Poseidon", "V-22 Osprey", "A-37B
/// Dragonfly", "MQ-9 Reaper"). "Importing gas" is no arms trade.
const AMBIGUOUS_HEADS: &[&str] = &[
    "gas", "carrier", "vehicle", "device", "devise", "club", "batteries", "knuckles", "typhoon", "panther", "cougar", "orion", "poseidon", "osprey", "dragonfly", "reaper",
];

struct Builder<'a> {
    dict: &'a VerbDictionary,
    out: Vec<String>,
}

impl Builder<'_> {
    fn gap(&mut self) {
        if !self.out.is_empty() && self.out.last().map(String::as_str) != Some("...") {
            self.out.push("...".to_string());
        }
    }

    fn literal(&mut self, word: &str) -> Result<(), String> {
        // "FAVOUR/FAVOR": spellings of one word, as alternatives.
        if word.contains('/') {
            let alts: Vec<Vec<String>> = word.split('/').filter(|w| !w.is_empty()).map(|w| phrase_tokens(&w.to_lowercase())).collect();
            if alts.is_empty() || alts.iter().any(|a| a.len() != 1) {
                return Err(format!("alternatives {word:?} are not one token each"));
            }
            self.out.push(alts.into_iter().map(|mut a| a.remove(0)).collect::<Vec<_>>().join("|"));
            return Ok(());
        }
        let toks = phrase_tokens(&word.to_lowercase());
        if toks.is_empty() {
            return Err(format!("word {word:?} has no tokens"));
        }
        for t in toks {
            if t.contains('|') || t.chars().any(char::is_whitespace) {
                return Err(format!("word {word:?} cannot be a literal"));
            }
            self.out.push(t);
        }
        Ok(())
    }

    fn synset(&mut self, name: &str) -> Result<(), String> {
        let set = self.dict.synset(name).ok_or_else(|| format!("undefined synonym set &{name}"))?;
        let mut alts: Vec<String> = Vec::new();
        for m in &set.members {
            let head = m.words.last().expect("members are non-empty");
            let toks = phrase_tokens(&head.to_lowercase());
            // A head that splits into several tokens cannot be one element.
            let [tok] = toks.as_slice() else { continue };
            if m.words.len() > 1 && AMBIGUOUS_HEADS.contains(&tok.as_str()) {
                continue;
            }
            let mut push = |w: String| {
                if !alts.contains(&w) {
                    alts.push(w);
                }
            };
            push(tok.clone());
            if m.plural && tok.chars().all(|c| c.is_ascii_alphabetic()) {
                if let Some(p) = plural(tok) {
                    push(p);
                }
            }
        }
        if alts.is_empty() {
            return Err(format!("synonym set &{name} has no one-token member"));
        }
        self.out.push(alts.join("|"));
        Ok(())
    }

    fn items(&mut self, items: &[Item]) -> Result<(), String> {
        for item in items {
            match item {
                Item::Seq(terms) => {
                    self.gap();
                    for term in terms {
                        match term {
                            Term::Word(w) => self.literal(w)?,
                            Term::Synset(s) => self.synset(s)?,
                        }
                    }
                }
                Item::Prep(inner) | Item::Noun(inner) => self.items(inner)?,
                // A slot stands right after the word before it ("with +"):
                // dyad's slot itself takes the noun phrase there.
                Item::Source => self.out.push("$".to_string()),
                Item::Target => self.out.push("+".to_string()),
                Item::Skip => self.gap(),
                Item::Compound => return Err("compound actor `%`".to_string()),
                // dyad's patterns join consecutive words themselves.
                Item::Joined => {}
            }
        }
        Ok(())
    }
}

/// The dyad element for a set of one-word verbs, or for one multi-word verb
/// (its words around the verb).
enum VerbShape<'a> {
    Words(Vec<String>),
    Phrase(&'a Verb),
}

fn pattern_text(dict: &VerbDictionary, p: &VerbPattern, verb: &VerbShape<'_>) -> Result<String, String> {
    let mut b = Builder { dict, out: Vec::new() };
    b.items(&p.before)?;
    // Slots before the verb stand right before it in dyad.
    let last_before = p.before.iter().rev().find(|i| !matches!(i, Item::Joined));
    if last_before.is_some() && !matches!(last_before, Some(Item::Source | Item::Target)) {
        b.gap();
    }
    match verb {
        VerbShape::Words(ws) => b.out.push(ws.join("|")),
        VerbShape::Phrase(v) => {
            for (i, w) in v.words.iter().enumerate() {
                if i == v.head {
                    b.out.push(w.to_uppercase());
                } else {
                    b.literal(w)?;
                }
            }
        }
    }
    let verb_end = b.out.len();
    b.items(&p.after)?;
    // A gap right after the verb before a slot would let the target drift.
    if b.out.get(verb_end).map(String::as_str) == Some("...") && matches!(b.out.get(verb_end + 1).map(String::as_str), Some("+" | "$")) {
        b.out.remove(verb_end);
    }
    while b.out.last().map(String::as_str) == Some("...") {
        b.out.pop();
    }
    if b.out.first().map(String::as_str) == Some("...") {
        b.out.remove(0);
    }
    Ok(b.out.join(" "))
}

fn slug(name: &str) -> String {
    name.to_lowercase().chars().map(|c| if c.is_ascii_alphanumeric() || c == '_' || c == '-' { c } else { '_' }).collect()
}

/// Sorts a family's verbs into the one-word verbs dyad's lexicon knows and
/// the multi-word verbs whose verb word it knows.
fn family_verbs<'f>(family: &'f VerbFamily, lexicon: &dyn VerbLexicon, conv: &mut Conversion) -> (Vec<&'f Verb>, Vec<&'f Verb>) {
    let mut single = Vec::new();
    let mut multi = Vec::new();
    for v in &family.verbs {
        let head = v.words[v.head].to_lowercase();
        if !lexicon.is_verb(&head) {
            conv.leave_out("verb not in dyad's lexicon (WordNet verb forms)");
            continue;
        }
        if v.words.len() == 1 {
            single.push(v);
        } else {
            multi.push(v);
        }
    }
    (single, multi)
}

/// Whether `word` (upper case) is among the pattern items' literal words.
fn names_word(items: &[Item], word: &str) -> bool {
    items.iter().any(|item| match item {
        Item::Seq(terms) => terms.iter().any(|t| matches!(t, Term::Word(w) if w == word)),
        Item::Prep(inner) | Item::Noun(inner) => names_word(inner, word),
        _ => false,
    })
}

/// What a code maps to: the PLOVER file name, or why it is left out.
fn target_file(code: Option<&str>) -> Result<(String, String), String> {
    let Some(code) = code else { return Ok(("negative".to_string(), "-".to_string())) };
    let ev = cameo::lookup(code).map_err(|_| "code is not a CAMEO event code".to_string())?;
    let cat = ev.plover.as_ref().map(|m| m.category).ok_or_else(|| "CAMEO code without a PLOVER category (01x, 02x)".to_string())?;
    Ok((cat.to_string().to_lowercase(), code.to_string()))
}

/// Converts `dict` into dyad pattern rows. `lexicon` says which verbs dyad
/// can inflect; verbs it does not know are left out and counted.
pub fn convert(dict: &VerbDictionary, lexicon: &dyn VerbLexicon, bare: BareVerbs, scope: PatternScope) -> Conversion {
    let mut conv = Conversion::default();
    for family in &dict.families {
        let (single, multi) = family_verbs(family, lexicon, &mut conv);
        let fam = slug(&family.name);
        // Bare verbs, grouped by the code they give on their own.
        let mut by_code: BTreeMap<String, Vec<String>> = BTreeMap::new();
        for v in single.iter().chain(multi.iter()) {
            let code = match (bare, &v.code) {
                (BareVerbs::None, _) => {
                    conv.leave_out("verb: bare use, without pattern words (too broad without a parse)");
                    continue;
                }
                (BareVerbs::OwnCode, None) => {
                    conv.leave_out("verb: bare use with only the family's code");
                    continue;
                }
                (_, c) => c.as_ref().unwrap_or(&family.code),
            };
            let Some(code) = code.effective() else { continue };
            if v.words.len() > 1 {
                match (target_file(Some(code)), pattern_text(dict, &bare_pattern(), &VerbShape::Phrase(v))) {
                    (Ok((file, cameo)), Ok(pattern)) => conv.rows.push(PatternRow {
                        file,
                        id: format!("cameo.{fam}.{}", v.line),
                        cameo,
                        pattern,
                        options: String::new(),
                    }),
                    (Err(reason), _) | (_, Err(reason)) => conv.leave_out(format!("verb: {reason}")),
                }
            } else {
                let list = by_code.entry(code.to_string()).or_default();
                let verb = v.words[0].to_uppercase();
                if !list.contains(&verb) {
                    list.push(verb);
                }
            }
        }
        for (code, verbs) in by_code {
            match target_file(Some(&code)) {
                Ok((file, cameo)) => conv.rows.push(PatternRow {
                    file,
                    id: format!("cameo.{fam}.{}.{code}", family.line),
                    cameo,
                    pattern: verbs.join("|"),
                    options: String::new(),
                }),
                Err(reason) => {
                    for _ in &verbs {
                        conv.leave_out(format!("verb: {reason}"));
                    }
                }
            }
        }
        let mut single_words: Vec<String> = single.iter().map(|v| v.words[0].to_uppercase()).collect();
        single_words.sort();
        single_words.dedup();
        for p in &family.patterns {
            let (file, cameo) = match target_file(p.code.effective()) {
                Ok(t) => t,
                Err(reason) => {
                    conv.leave_out(format!("pattern: {reason}"));
                    continue;
                }
            };
            // Negative patterns may be broad: they only take events away.
            if bare != BareVerbs::All && cameo != "-" && !has_content_after(&p.after, lexicon) {
                conv.leave_out("pattern: no noun or adjective after the verb (as broad as the bare verb)");
                continue;
            }
            // `[:B]` codes B from the target to the source ("RECEIVE ... &WEAPON
            // [:072]": who gives the weapons is the actor): dyad's `inverse`.
            let reversed = p.code.primary.is_none() && p.code.secondary.is_some();
            // The OBTAIN family's verbs (receive, obtain, gain, get, win) have
            // the receiver as subject: a giving act coded in the subject's
            // direction ("RECEIVE ... &WEAPON [072]" beside "&AIRCRAFT
            // [:072]") has the giver as actor all the same. ("GET &FOOD (TO)"
            // delivers, and keeps its direction.)
            let received = fam == "obtain" && matches!(file.as_str(), "aid" | "support") && !names_word(&p.after, "TO");
            let reversed = reversed || received;
            let options = if cameo == "-" {
                "negative".to_string()
            } else if reversed {
                "inverse".to_string()
            } else {
                String::new()
            };
            let mut shapes: Vec<(String, VerbShape<'_>)> = Vec::new();
            match (scope, source_verb(p, family)) {
                (PatternScope::SourceVerb, None) => {
                    conv.leave_out("pattern: its comment names no verb of the family it was written for");
                    continue;
                }
                (PatternScope::SourceVerb, Some(v)) if VERBS_OF_SAYING.contains(&v.words[v.head].as_str()) => {
                    conv.leave_out("pattern: written for a verb of saying (the reported clause is coded instead)");
                    continue;
                }
                (PatternScope::SourceVerb, Some(v)) if v.words.len() == 1 => {
                    if single.iter().any(|s| std::ptr::eq(*s, v)) {
                        shapes.push((format!("cameo.{fam}.{}", p.line), VerbShape::Words(vec![v.words[0].to_uppercase()])));
                    }
                }
                (PatternScope::SourceVerb, Some(v)) => {
                    if multi.iter().any(|m| std::ptr::eq(*m, v)) {
                        shapes.push((format!("cameo.{fam}.{}.{}", p.line, v.line), VerbShape::Phrase(v)));
                    }
                }
                (PatternScope::Family, _) => {
                    if !single.is_empty() {
                        shapes.push((format!("cameo.{fam}.{}", p.line), VerbShape::Words(single_words.clone())));
                    }
                    for v in &multi {
                        shapes.push((format!("cameo.{fam}.{}.{}", p.line, v.line), VerbShape::Phrase(v)));
                    }
                }
            }
            if shapes.is_empty() {
                conv.leave_out("pattern: no verb dyad knows to apply it to");
            }
            for (id, shape) in shapes {
                match pattern_text(dict, p, &shape) {
                    Ok(pattern) => conv.rows.push(PatternRow { file: file.clone(), id, cameo: cameo.clone(), pattern, options: options.clone() }),
                    Err(reason) => conv.leave_out(format!("pattern: {reason}")),
                }
            }
        }
    }
    conv
}

fn bare_pattern() -> VerbPattern {
    VerbPattern {
        before: Vec::new(),
        after: Vec::new(),
        code: super::verbs::Code { primary: None, secondary: None },
        comment: String::new(),
        line: 0,
    }
}

impl VerbLexicon for crate::Dictionaries {
    fn is_verb(&self, lemma: &str) -> bool {
        let id = self.vocab.get(lemma);
        id != crate::UNKNOWN && !self.lexicon.forms_of(id).is_empty()
    }

    fn is_nominal(&self, word: &str) -> bool {
        let c = self.lexicon.classes(self.vocab.get(word));
        c.noun() || c.adjective()
    }
}

/// The files of a conversion as dyad writes them under
/// `dictionaries/events/generated/`: (file name, contents), one file per
/// PLOVER category plus `negative.tsv`, each with a header naming the
/// source, its licence, the generator and what was left out.
pub fn render_files(dict: &VerbDictionary, conv: &Conversion) -> Vec<(String, String)> {
    use std::fmt::Write as _;
    let patterns: usize = dict.families.iter().map(|f| f.patterns.len()).sum();
    let verbs: usize = dict.families.iter().map(|f| f.verbs.len()).sum();
    let mut by_file: BTreeMap<&str, Vec<&PatternRow>> = BTreeMap::new();
    for row in &conv.rows {
        by_file.entry(row.file.as_str()).or_default().push(row);
    }
    let mut left_out = String::new();
    for (reason, n) in &conv.left_out {
        let _ = writeln!(left_out, "#   {n:5}  {reason}");
    }
    let _ = writeln!(left_out, "#   {:5}  transformation lines (~), which dyad does not read", dict.unsupported.len());
    let _ = writeln!(left_out, "#   {:5}  malformed lines", dict.malformed.len());
    by_file
        .into_iter()
        .map(|(file, rows)| {
            let mut out = String::new();
            let _ = writeln!(out, "# {} patterns generated from the PETRARCH CAMEO verb dictionary. Do not edit: run", file.to_uppercase());
            let _ = writeln!(out, "# scripts/gen-cameo-verbs.sh (source: CAMEO.2.0.txt of openeventdata/petrarch2, last updated");
            let _ = writeln!(out, "# 30 April 2015; MIT licence, Copyright (c) 2015 Open Event Data Alliance; see dictionaries/NOTICE).");
            let _ = writeln!(out, "# Ids are cameo.<verb family>.<line in the source>[.<line of a multi-word verb>]. These patterns");
            let _ = writeln!(out, "# give way to the hand-written ones in events/ (dictionaries/README.md). {} rows here.", rows.len());
            let _ = writeln!(
                out,
                "# Source: {} verb families, {verbs} verbs, {patterns} patterns, {} synonym sets; left out, by reason:",
                dict.families.len(),
                dict.synsets.len()
            );
            out.push_str(&left_out);
            out.push_str("id\tcameo\tpattern\toptions\n");
            for r in rows {
                let _ = writeln!(out, "{}\t{}\t{}\t{}", r.id, r.cameo, r.pattern, r.options);
            }
            (format!("{file}.tsv"), out)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::super::verbs::read_verbs;
    use super::*;

    struct Lex;
    impl VerbLexicon for Lex {
        fn is_verb(&self, lemma: &str) -> bool {
            ["take", "capture", "seize", "say", "launch", "round", "come", "sign", "confiscate"].contains(&lemma)
        }
        fn is_nominal(&self, word: &str) -> bool {
            !["to", "for"].contains(&word)
        }
    }

    const DICT: &str = "\
&TREATY
+TREATY
+PEACE ACCORD
+PACTS_

&AUXVERB_
+WILL

--- APPREHEND [171] ---
TAKE {TOOK TAKEN TAKING}
CAPTURE
SEIZE [173]
GRAB
+ROUND_UP
- * PART [030] # TAKE
- * &TREATY (WITH +) [057] # CAPTURE
- * TO [173] # CAPTURE
- * SHIP [---] # SEIZE
- * STATEMENT [010] # TAKE
- * CITY [192] # nobody
- * PRISONERS [173] # ROUND_UP

--- EXPLAIN_VERBAL [010] ---
SAY {SAID SAYING}
LAUNCH
- * BOYCOTT [138] # SAY
- * + OFFENSIVE [190] # LAUNCH

--- CONFISCATE [173] ---
CONFISCATE
- * &WEAPON [173] # CONFISCATE

&WEAPON
+RIFLE
+ASSAULT_RIFLE
+TEAR_GAS_
";

    fn rows(bare: BareVerbs, scope: PatternScope) -> Conversion {
        let d = read_verbs("t.txt", DICT);
        assert!(d.malformed.is_empty(), "{:?}", d.malformed);
        convert(&d, &Lex, bare, scope)
    }

    fn find<'a>(c: &'a Conversion, id: &str) -> Option<&'a PatternRow> {
        c.rows.iter().find(|r| r.id == id)
    }

    #[test]
    fn an_everyday_head_of_a_longer_member_is_not_taken_for_it() {
        let c = rows(BareVerbs::None, PatternScope::SourceVerb);
        let weapons = c.rows.iter().find(|r| r.pattern.contains("rifle")).expect("the weapon pattern");
        // "assault rifle" stands as "rifle"; "tear gas" not as "gas".
        assert_eq!(weapons.pattern, "CONFISCATE ... rifle|rifles");
    }

    #[test]
    fn patterns_apply_to_their_source_verb() {
        let c = rows(BareVerbs::None, PatternScope::SourceVerb);
        // "take part" is TAKE's idiom, not CAPTURE's; alone it names no event
        // (to take part is to participate), so it is left out.
        assert!(find(&c, "cameo.apprehend.15").is_none());
        // Synonym set: one-word members with plurals, the head of a longer member,
        // no plural for a member ending in `_`; a prepositional phrase with the target.
        let sign = find(&c, "cameo.apprehend.16").expect("treaty pattern");
        assert_eq!(sign.pattern, "CAPTURE ... treaty|treaties|accord|accords|pacts ... with +");
        // PLOVER files signing a formal agreement under SUPPORT (ontology table).
        assert_eq!((sign.file.as_str(), sign.cameo.as_str()), ("support", "057"));
        // A `[---]` pattern is a negative one.
        let neg = find(&c, "cameo.apprehend.18").expect("negative");
        assert_eq!((neg.file.as_str(), neg.cameo.as_str(), neg.options.as_str()), ("negative", "-", "negative"));
        // A multi-word verb keeps its particle.
        assert_eq!(find(&c, "cameo.apprehend.21.14").map(|r| r.pattern.as_str()), Some("ROUND up ... prisoners"));
        // A target right after the verb stays next to it.
        assert_eq!(find(&c, "cameo.explain_verbal.27").map(|r| r.pattern.as_str()), Some("LAUNCH + ... offensive"));
        assert!(c.rows.iter().all(|r| !r.id.starts_with("cameo.apprehend.9.") && !r.id.starts_with("cameo.explain_verbal.23.")), "no bare verbs");
    }

    #[test]
    fn what_is_left_out_is_counted() {
        let c = rows(BareVerbs::None, PatternScope::SourceVerb);
        let n = |k: &str| c.left_out.iter().filter(|(r, _)| r.contains(k)).map(|(_, n)| *n).sum::<usize>();
        assert_eq!(n("not in dyad's lexicon"), 1, "GRAB");
        assert_eq!(n("no noun or adjective"), 2, "CAPTURE to, TAKE part");
        assert_eq!(n("without a PLOVER category"), 1, "statement 010");
        assert_eq!(n("names no verb"), 1, "# nobody");
        assert_eq!(n("verb of saying"), 1, "SAY boycott");
        assert_eq!(n("bare use"), 7);
    }

    #[test]
    fn family_scope_and_bare_verbs_follow_petrarch() {
        let c = rows(BareVerbs::All, PatternScope::Family);
        let part = find(&c, "cameo.apprehend.15").expect("take part");
        assert_eq!(part.pattern, "CAPTURE|SEIZE|TAKE ... part");
        // Bare verbs grouped by code: the family's, and SEIZE's own.
        assert_eq!(find(&c, "cameo.apprehend.9.171").map(|r| r.pattern.as_str()), Some("TAKE|CAPTURE"));
        assert_eq!(find(&c, "cameo.apprehend.9.173").map(|r| r.pattern.as_str()), Some("SEIZE"));
    }

    #[test]
    fn plurals_follow_petrarch_rules() {
        assert_eq!(plural("TREATY").as_deref(), Some("treaties"));
        assert_eq!(plural("DAY").as_deref(), Some("days"));
        assert_eq!(plural("CHURCH").as_deref(), Some("churches"));
        assert_eq!(plural("PRESS").as_deref(), Some("presses"));
        assert_eq!(plural("MISSILES"), None);
    }
}
