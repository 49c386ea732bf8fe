//! Parses given with the input, for comparison with dyad's own: CoNLL-U (as
//! UniversalPetrarch's files give it) read as it is, and Penn Treebank
//! constituency trees (as CoreNLP gives PETRARCH) turned into Universal
//! Dependencies with head rules. Lemmas come from dyad's tagger, as the
//! given parses have none (Penn) or may lack them.

use dyad_core::{Deprel, Parsed, Upos};

/// A given parse: its words and their tree.
#[derive(Debug, Clone)]
pub struct GivenParse {
    /// The words, as the parse has them.
    pub words: Vec<String>,
    /// Tags, lemmas and the dependency tree.
    pub tree: Parsed,
}

/// Reads a given parse: a Penn tree when it starts with `(`, else CoNLL-U.
/// A tree that cannot be read (unbalanced brackets, no words) is an error
/// saying where.
pub fn read_given_parse(text: &str) -> Result<Vec<GivenParse>, String> {
    let t = text.trim();
    if t.starts_with('(') {
        read_penn(t).map(|p| vec![p])
    } else {
        let sentences = dyad_syntax::conllu::parse("<Parse>", &universal_dependencies_v2(t)).map_err(|e| e.to_string())?;
        if sentences.is_empty() {
            return Err("the parse holds no words".into());
        }
        Ok(sentences
            .into_iter()
            .map(|s| {
                let words: Vec<String> = s.words.iter().map(|w| w.form.clone()).collect();
                let lemmas = lemmas(&words);
                let mut tree = Parsed::with_capacity(words.len());
                for (i, w) in s.words.iter().enumerate() {
                    let lemma = if w.lemma == "_" { lemmas[i].as_str() } else { w.lemma.as_str() };
                    tree.push(&w.form, lemma, w.upos, w.head, w.deprel);
                }
                GivenParse { words, tree }
            })
            .collect())
    }
}

/// CoNLL-U written with version 1 of Universal Dependencies (as
/// UniversalPetrarch's files are) renamed to version 2: `dobj` → `obj`,
/// `nsubjpass` → `nsubj:pass`, `auxpass` → `aux:pass`, `name` → `flat`,
/// `mwe` → `fixed`, `neg` → `advmod`, UPOS `CONJ` → `CCONJ`.
fn universal_dependencies_v2(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for line in text.lines() {
        let mut cols: Vec<&str> = line.split('\t').collect();
        if cols.len() == 10 && !line.starts_with('#') {
            cols[3] = if cols[3] == "CONJ" { "CCONJ" } else { cols[3] };
            cols[7] = match cols[7] {
                "dobj" => "obj",
                "nsubjpass" => "nsubj:pass",
                "csubjpass" => "csubj:pass",
                "auxpass" => "aux:pass",
                "name" => "flat",
                "mwe" => "fixed",
                "neg" => "advmod",
                "foreign" => "flat",
                other => other,
            };
            out.push_str(&cols.join("\t"));
        } else {
            out.push_str(line);
        }
        out.push('\n');
    }
    out
}

/// dyad's lemmas for the words.
fn lemmas(words: &[String]) -> Vec<String> {
    let refs: Vec<&str> = words.iter().map(String::as_str).collect();
    let p = dyad_syntax::Model::builtin().parse(&refs);
    (0..words.len()).map(|i| p.lemma(i).to_string()).collect()
}

/// The deepest tree read: the conversion recurses once per level, and no
/// parse of a sentence comes near this.
const MAX_DEPTH: usize = 500;

/// A node of a constituency tree.
#[derive(Debug, Clone)]
struct Node {
    label: String,
    children: Vec<usize>,
    /// The word of a preterminal.
    word: Option<usize>,
}

/// Reads one Penn tree (`(ROOT (S (NP (NNP Arnor)) ...))`).
fn read_penn(text: &str) -> Result<GivenParse, String> {
    let mut nodes: Vec<Node> = Vec::new();
    let mut stack: Vec<usize> = Vec::new();
    let mut words: Vec<String> = Vec::new();
    let mut tags: Vec<String> = Vec::new();
    let mut chars = text.char_indices().peekable();
    let mut roots = Vec::new();
    while let Some((at, c)) = chars.next() {
        match c {
            '(' => {
                let mut label = String::new();
                while let Some(&(_, d)) = chars.peek() {
                    if d.is_whitespace() || d == '(' || d == ')' {
                        break;
                    }
                    label.push(d);
                    chars.next();
                }
                if stack.len() >= MAX_DEPTH {
                    return Err(format!("tree deeper than {MAX_DEPTH} levels at byte {at}"));
                }
                let id = nodes.len();
                nodes.push(Node { label, children: Vec::new(), word: None });
                match stack.last() {
                    Some(&parent) if nodes[parent].word.is_some() => {
                        return Err(format!("({}) holds both a word and a phrase at byte {at}", nodes[parent].label));
                    }
                    Some(&parent) => nodes[parent].children.push(id),
                    None => roots.push(id),
                }
                stack.push(id);
            }
            ')' => {
                stack.pop().ok_or_else(|| format!("unbalanced tree: `)` without `(` at byte {at}"))?;
            }
            c if c.is_whitespace() => {}
            _ => {
                let mut word = String::from(c);
                while let Some(&(_, d)) = chars.peek() {
                    if d.is_whitespace() || d == '(' || d == ')' {
                        break;
                    }
                    word.push(d);
                    chars.next();
                }
                let &node = stack.last().ok_or_else(|| format!("word {word:?} outside the tree at byte {at}"))?;
                if nodes[node].word.is_some() || !nodes[node].children.is_empty() {
                    return Err(format!("word {word:?} beside other material in ({}) at byte {at}", nodes[node].label));
                }
                nodes[node].word = Some(words.len());
                tags.push(nodes[node].label.clone());
                words.push(unescape(&word));
            }
        }
    }
    if !stack.is_empty() {
        return Err(format!("unbalanced tree: {} `(` left open", stack.len()));
    }
    if roots.len() != 1 || words.is_empty() {
        return Err(format!("expected one tree with words, found {} trees and {} words", roots.len(), words.len()));
    }
    let n = words.len();
    let mut heads = vec![0u32; n];
    let mut rels = vec![Deprel::Root; n];
    let mut passive_words = vec![false; n];
    let mut conv = Converter { nodes: &nodes, tags: &tags, words: &words, heads: &mut heads, rels: &mut rels, passive: &mut passive_words };
    let head = conv.convert(roots[0]);
    conv.heads[head] = 0;
    conv.rels[head] = Deprel::Root;
    let lemmas = lemmas(&words);
    let mut tree = Parsed::with_capacity(n);
    for i in 0..n {
        let mut upos = upos_of(&tags[i]);
        if matches!(rels[i], Deprel::Aux | Deprel::AuxPass | Deprel::Cop) {
            upos = Upos::Aux;
        }
        tree.push(&words[i], &lemmas[i], upos, heads[i], rels[i]);
    }
    Ok(GivenParse { words, tree })
}

/// Treebank escapes back to text.
fn unescape(word: &str) -> String {
    match word {
        "-LRB-" => "(".into(),
        "-RRB-" => ")".into(),
        "-LSB-" => "[".into(),
        "-RSB-" => "]".into(),
        "-LCB-" => "{".into(),
        "-RCB-" => "}".into(),
        "``" | "''" => "\"".into(),
        _ => word.to_string(),
    }
}

/// Penn tags to UPOS.
fn upos_of(tag: &str) -> Upos {
    match tag {
        "NN" | "NNS" => Upos::Noun,
        "NNP" | "NNPS" => Upos::Propn,
        t if t.starts_with("VB") => Upos::Verb,
        "MD" => Upos::Aux,
        t if t.starts_with("JJ") => Upos::Adj,
        t if t.starts_with("RB") || t == "WRB" => Upos::Adv,
        "IN" | "RP" => Upos::Adp,
        "DT" | "PDT" | "WDT" => Upos::Det,
        "PRP" | "PRP$" | "WP" | "WP$" | "EX" => Upos::Pron,
        "CD" => Upos::Num,
        "CC" => Upos::Cconj,
        "TO" | "POS" => Upos::Part,
        "UH" => Upos::Intj,
        "SYM" | "$" | "#" => Upos::Sym,
        "FW" | "LS" => Upos::X,
        _ => Upos::Punct,
    }
}

fn is_verb_tag(t: &str) -> bool {
    t.starts_with("VB") || t == "MD"
}

fn is_clause(label: &str) -> bool {
    matches!(label, "S" | "SQ" | "SINV" | "SBARQ" | "SBAR")
}

fn is_noun_tag(t: &str) -> bool {
    matches!(t, "NN" | "NNS" | "NNP" | "NNPS" | "PRP" | "CD" | "NX" | "NML")
}

/// Forms of "be" and "get" that make a following participle passive.
fn passive_auxiliary(word: &str) -> bool {
    matches!(word.to_ascii_lowercase().as_str(), "be" | "is" | "are" | "was" | "were" | "been" | "being" | "am" | "'s" | "'re" | "get" | "got" | "gets" | "gotten")
}

struct Converter<'a> {
    nodes: &'a [Node],
    tags: &'a [String],
    words: &'a [String],
    heads: &'a mut [u32],
    rels: &'a mut [Deprel],
    /// Words heading a passive verb phrase.
    passive: &'a mut [bool],
}

impl Converter<'_> {
    fn label(&self, n: usize) -> &str {
        // Function tags (`NP-TMP`, `S-1`) do not change the category.
        let l = self.nodes[n].label.as_str();
        l.split(['-', '=']).next().filter(|s| !s.is_empty()).unwrap_or(l)
    }

    /// The child that heads node `n`.
    fn head_child(&self, n: usize) -> usize {
        let kids = &self.nodes[n].children;
        let lab = |k: usize| self.label(k).to_string();
        let first = |pred: &dyn Fn(&str) -> bool| kids.iter().copied().find(|&k| pred(&lab(k)));
        let last = |pred: &dyn Fn(&str) -> bool| kids.iter().rev().copied().find(|&k| pred(&lab(k)));
        let found = match self.label(n) {
            "S" | "SQ" | "SINV" => first(&|l| l == "VP").or_else(|| first(&|l| is_clause(l) || l == "ADJP" || l == "NP")),
            "SBAR" | "SBARQ" => first(&|l| is_clause(l)),
            // Content heads: a verb phrase with a verb phrase inside is
            // headed by the inner one; its verbs before are auxiliaries.
            "VP" => first(&|l| l == "VP").or_else(|| first(&is_verb_tag)).or_else(|| first(&|l| matches!(l, "ADJP" | "NP" | "PP" | "S" | "SBAR"))),
            "PP" => first(&|l| matches!(l, "NP" | "S" | "SBAR" | "ADJP" | "ADVP")),
            "NP" | "NX" | "NML" | "WHNP" => {
                // NP modified after it (a PP, a clause, an apposition) or
                // coordinated: the first NP heads.
                let modified = kids.len() > 1 && kids[1..].iter().any(|&k| matches!(lab(k).as_str(), "PP" | "SBAR" | "VP" | "," | "S" | "CC"));
                if modified && lab(kids[0]) == "NP" {
                    Some(kids[0])
                } else {
                    last(&|l| is_noun_tag(l) || l == "NP" || l == "NNS").or_else(|| last(&|l| l.starts_with("JJ") || l == "ADJP" || l == "QP"))
                }
            }
            "ADJP" => last(&|l| l.starts_with("JJ")),
            "ADVP" | "WHADVP" => last(&|l| l.starts_with("RB")),
            "QP" => last(&|l| l == "CD"),
            _ => None,
        };
        found.unwrap_or_else(|| *kids.last().expect("a phrase has children"))
    }

    /// Converts the subtree of `n`, returning its head word.
    fn convert(&mut self, n: usize) -> usize {
        if let Some(w) = self.nodes[n].word {
            return w;
        }
        if self.nodes[n].children.is_empty() {
            return 0;
        }
        let kids = self.nodes[n].children.clone();
        let hc = self.head_child(n);
        let hpos = kids.iter().position(|&k| k == hc).unwrap_or(0);
        let label = self.label(n).to_string();
        // A verb phrase is passive when a form of "be" or "get" stands
        // before a participle heading it: known before its parts are
        // converted, so that a "by" phrase inside reads as the agent.
        if label == "VP" {
            let h = self.head_word(hc);
            let aux_be = kids[..hpos].iter().any(|&k| self.nodes[k].word.is_some_and(|w| passive_auxiliary(&self.words[w])));
            if aux_be && self.tags[h] == "VBN" {
                self.passive[h] = true;
            }
        }
        let heads_of: Vec<usize> = kids.iter().map(|&k| self.convert(k)).collect();
        let h = heads_of[hpos];
        let has_cc = kids.iter().any(|&k| self.label(k) == "CC");
        for (i, &k) in kids.iter().enumerate() {
            if i == hpos {
                continue;
            }
            let d = heads_of[i];
            let child = self.label(k).to_string();
            let rel = self.relation(&label, &child, k, i, hpos, h, has_cc);
            self.heads[d] = h as u32 + 1;
            self.rels[d] = rel;
        }
        h
    }

    #[allow(clippy::too_many_arguments)]
    fn relation(&mut self, parent: &str, child: &str, k: usize, i: usize, hpos: usize, h: usize, has_cc: bool) -> Deprel {
        let before = i < hpos;
        let word = self.nodes[k].word.map(|w| self.words[w].to_ascii_lowercase());
        if matches!(child, "," | "." | ":" | "``" | "''" | "-LRB-" | "-RRB-" | "HYPH") {
            return Deprel::Punct;
        }
        if child == "CC" {
            return Deprel::Cc;
        }
        match parent {
            "S" | "SQ" | "SINV" => match child {
                "NP" if before => {
                    if self.passive[h] {
                        Deprel::NsubjPass
                    } else {
                        Deprel::Nsubj
                    }
                }
                "S" | "SBAR" if before => Deprel::Csubj,
                "S" | "SBAR" | "VP" => {
                    if has_cc {
                        Deprel::Conj
                    } else {
                        Deprel::Parataxis
                    }
                }
                "PP" => Deprel::Obl,
                "ADVP" | "RB" => Deprel::Advmod,
                "NP" => Deprel::OblTmod,
                _ => Deprel::Dep,
            },
            "VP" => match child {
                _ if is_verb_tag(child) && before => {
                    if self.passive[h] && word.as_deref().is_some_and(passive_auxiliary) {
                        Deprel::AuxPass
                    } else {
                        Deprel::Aux
                    }
                }
                "TO" => Deprel::Mark,
                "VP" if has_cc => Deprel::Conj,
                "NP" => {
                    let later_np = self.nodes_after(k).iter().any(|&s| self.label(s) == "NP");
                    if later_np {
                        Deprel::Iobj
                    } else {
                        Deprel::Obj
                    }
                }
                "PP" => {
                    let by = self.first_word(k).is_some_and(|w| w.eq_ignore_ascii_case("by"));
                    if by && self.passive[h] {
                        Deprel::OblAgent
                    } else {
                        Deprel::Obl
                    }
                }
                "S" => {
                    if self.first_word(k).is_some_and(|w| w.eq_ignore_ascii_case("to")) || self.starts_with_to_vp(k) {
                        Deprel::Xcomp
                    } else {
                        Deprel::Ccomp
                    }
                }
                "SBAR" => {
                    let that = self.first_word(k).is_some_and(|w| matches!(w.to_ascii_lowercase().as_str(), "that" | "whether" | "if"));
                    let marked = self.nodes[k].children.first().is_some_and(|&c| self.label(c) == "IN");
                    if marked && !that {
                        Deprel::Advcl
                    } else {
                        Deprel::Ccomp
                    }
                }
                "ADVP" | "RB" => Deprel::Advmod,
                "PRT" | "RP" => Deprel::CompoundPrt,
                "ADJP" | "JJ" => Deprel::Xcomp,
                _ => Deprel::Dep,
            },
            "NP" | "NX" | "NML" | "WHNP" => match child {
                "DT" | "PDT" | "WDT" => Deprel::Det,
                "PRP$" | "WP$" => Deprel::NmodPoss,
                "POS" => Deprel::Case,
                "NP" if before && self.last_tag(k) == Some("POS") => Deprel::NmodPoss,
                "NP" if has_cc => Deprel::Conj,
                "NP" if !before => Deprel::Appos,
                _ if is_noun_tag(child) && has_cc && !before => Deprel::Conj,
                "NN" | "NNS" | "NNP" | "NNPS" | "NP" | "NML" | "NX" => Deprel::Compound,
                "CD" | "QP" => Deprel::Nummod,
                "PP" => Deprel::Nmod,
                "SBAR" => Deprel::AclRelcl,
                "S" | "VP" => Deprel::Acl,
                _ if child.starts_with("JJ") || child == "ADJP" || child == "VBN" || child == "VBG" => Deprel::Amod,
                "RB" | "ADVP" => Deprel::Advmod,
                _ => Deprel::Dep,
            },
            "PP" => match child {
                "IN" | "TO" | "RP" => Deprel::Case,
                _ => Deprel::Dep,
            },
            "SBAR" | "SBARQ" => match child {
                "IN" | "WHNP" | "WHADVP" | "WDT" | "DT" => Deprel::Mark,
                _ => Deprel::Dep,
            },
            "ADJP" | "ADVP" | "QP" => match child {
                "RB" | "ADVP" => Deprel::Advmod,
                "PP" => Deprel::Obl,
                _ => Deprel::Dep,
            },
            _ => Deprel::Dep,
        }
    }

    /// The word heading node `n`.
    fn head_word(&self, n: usize) -> usize {
        match self.nodes[n].word {
            Some(w) => w,
            None if self.nodes[n].children.is_empty() => 0,
            None => self.head_word(self.head_child(n)),
        }
    }

    /// The siblings after node `k` under its parent.
    fn nodes_after(&self, k: usize) -> Vec<usize> {
        self.nodes.iter().find(|n| n.children.contains(&k)).map(|n| n.children.iter().copied().skip_while(|&c| c != k).skip(1).collect()).unwrap_or_default()
    }

    fn first_word(&self, k: usize) -> Option<&str> {
        match self.nodes[k].word {
            Some(w) => Some(&self.words[w]),
            None => self.nodes[k].children.first().and_then(|&c| self.first_word(c)),
        }
    }

    fn last_tag(&self, k: usize) -> Option<&str> {
        match self.nodes[k].word {
            Some(w) => Some(&self.tags[w]),
            None => self.nodes[k].children.last().and_then(|&c| self.last_tag(c)),
        }
    }

    /// An `S` whose verb phrase starts with `to`.
    fn starts_with_to_vp(&self, k: usize) -> bool {
        self.nodes[k].children.iter().any(|&c| self.label(c) == "VP" && self.first_word(c).is_some_and(|w| w.eq_ignore_ascii_case("to")))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_penn_tree_becomes_a_dependency_tree() {
        let p = read_given_parse("(ROOT (S (NP (NNP Arnor)) (VP (VBD attacked) (NP (NNP Gondor)) (PP (IN on) (NP (NNP Monday)))) (. .)))").unwrap();
        let t = &p[0].tree;
        assert_eq!(p[0].words, ["Arnor", "attacked", "Gondor", "on", "Monday", "."]);
        assert_eq!(t.root(), Some(1));
        assert_eq!((t.head(0), t.deprels[0]), (Some(1), Deprel::Nsubj));
        assert_eq!((t.head(2), t.deprels[2]), (Some(1), Deprel::Obj));
        assert_eq!((t.head(3), t.deprels[3]), (Some(4), Deprel::Case));
        assert_eq!((t.head(4), t.deprels[4]), (Some(1), Deprel::Obl));
        assert_eq!(t.upos[1], Upos::Verb);
    }

    #[test]
    fn a_passive_takes_its_by_phrase_as_agent() {
        let p = read_given_parse("(ROOT (S (NP (NNP Gondor)) (VP (VBD was) (VP (VBN attacked) (PP (IN by) (NP (NNP Arnor))))) (. .)))").unwrap();
        let t = &p[0].tree;
        assert_eq!(t.deprels[0], Deprel::NsubjPass);
        assert_eq!(t.deprels[1], Deprel::AuxPass);
        assert_eq!(t.deprels[4], Deprel::OblAgent);
    }

    #[test]
    fn a_broken_tree_is_an_error_saying_what() {
        assert!(read_given_parse("(ROOT (S (NP (NNP Arnor)) (VP (VBD left)").unwrap_err().contains("left open"));
        assert!(read_given_parse("(ROOT (S (NP (NNP Arnor))))) (VP").unwrap_err().contains("without `(`"));
        assert!(read_given_parse("(ROOT (NP Arnor (NNP x)))").unwrap_err().contains("both a word and a phrase"));
        let deep = "(X ".repeat(20_000) + "(NN a)" + &")".repeat(20_000);
        assert!(read_given_parse(&deep).unwrap_err().contains("deeper than 500 levels"));
    }
}
