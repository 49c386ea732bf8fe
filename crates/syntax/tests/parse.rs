//! The built-in model on news sentences written for these tests, and
//! well-formedness on arbitrary input.

use dyad_syntax::conllu::{parse as parse_conllu, write};
use dyad_syntax::transition::is_tree;
use dyad_syntax::{Deprel, Model, Parsed, Upos};
use proptest::prelude::*;

/// dyad's own tokenisation of a sentence.
fn words(text: &str) -> Vec<&str> {
    let span = dyad_segment::Span { start: 0, end: text.len() };
    dyad_segment::tokenize(text, span).iter().map(|t| t.text(text)).collect()
}

fn parse(text: &str) -> Parsed {
    Model::builtin().parse(&words(text))
}

fn index(p: &Parsed, form: &str) -> usize {
    (0..p.len()).find(|&i| p.form(i) == form).unwrap_or_else(|| panic!("no word {form:?}"))
}

fn show(p: &Parsed) -> String {
    (0..p.len()).map(|i| format!("{}:{}->{}:{}", i + 1, p.form(i), p.heads[i], p.deprels[i])).collect::<Vec<_>>().join(" ")
}

/// Asserts that `dep` hangs on `head` with `rel`.
#[track_caller]
fn arc(p: &Parsed, head: &str, rel: Deprel, dep: &str) {
    let (h, d) = (index(p, head), index(p, dep));
    assert!(p.head(d) == Some(h) && p.deprels[d] == rel, "expected {head} -{rel}-> {dep} in {}", show(p));
}

#[track_caller]
fn root(p: &Parsed, form: &str) {
    assert_eq!(p.root().map(|r| p.form(r)), Some(form), "{}", show(p));
}

#[track_caller]
fn well_formed(p: &Parsed, n: usize) {
    assert_eq!(p.len(), n);
    if n == 0 {
        return;
    }
    assert!(is_tree(&p.heads), "{:?}", p.heads);
    for i in 0..n {
        assert_eq!(p.deprels[i] == Deprel::Root, p.heads[i] == 0, "only the root word has relation root: {:?}", p.deprels);
    }
}

#[test]
fn subject_object_and_obliques() {
    let p = parse("China's defence minister met his Azerbaijani counterpart in Beijing on Tuesday.");
    root(&p, "met");
    arc(&p, "met", Deprel::Nsubj, "minister");
    arc(&p, "met", Deprel::Obj, "counterpart");
    arc(&p, "minister", Deprel::NmodPoss, "China");
    arc(&p, "China", Deprel::Case, "'s");
    arc(&p, "Beijing", Deprel::Case, "in");
    arc(&p, "met", Deprel::Obl, "Tuesday");
    arc(&p, "counterpart", Deprel::NmodPoss, "his");
    // Not asserted: "in Beijing" should be an obl of "met"; the model
    // attaches it to "counterpart" (nmod), a prepositional-phrase
    // attachment error reported in crates/syntax/README.md.
    assert_eq!(p.upos[index(&p, "met")], Upos::Verb);
    assert_eq!(p.lemma(index(&p, "met")), "meet");
    assert_eq!(p.upos[index(&p, "Beijing")], Upos::Propn);
}

#[test]
fn passive_with_agent() {
    let p = parse("The ceasefire was violated by rebel forces on Monday.");
    root(&p, "violated");
    arc(&p, "violated", Deprel::NsubjPass, "ceasefire");
    arc(&p, "violated", Deprel::AuxPass, "was");
    arc(&p, "violated", Deprel::OblAgent, "forces");
    arc(&p, "forces", Deprel::Case, "by");
    assert_eq!(p.lemma(index(&p, "was")), "be");
}

#[test]
fn clausal_complement() {
    let p = parse("He said that the talks failed.");
    root(&p, "said");
    arc(&p, "said", Deprel::Nsubj, "He");
    arc(&p, "said", Deprel::Ccomp, "failed");
    arc(&p, "failed", Deprel::Mark, "that");
    arc(&p, "failed", Deprel::Nsubj, "talks");
    assert_eq!(p.lemma(index(&p, "said")), "say");
}

#[test]
fn relative_clause() {
    let p = parse("Police arrested the troops who crossed the border.");
    arc(&p, "arrested", Deprel::Obj, "troops");
    arc(&p, "troops", Deprel::AclRelcl, "crossed");
    arc(&p, "crossed", Deprel::Nsubj, "who");
    arc(&p, "crossed", Deprel::Obj, "border");
}

#[test]
fn conditional_clause() {
    let p = parse("If the talks fail, the army will attack the city.");
    root(&p, "attack");
    arc(&p, "attack", Deprel::Advcl, "fail");
    arc(&p, "fail", Deprel::Mark, "If");
    arc(&p, "attack", Deprel::Aux, "will");
    arc(&p, "attack", Deprel::Nsubj, "army");
}

#[test]
fn copula_and_coordination() {
    let p = parse("Russia and China are optimistic about the deal.");
    root(&p, "optimistic");
    arc(&p, "optimistic", Deprel::Cop, "are");
    arc(&p, "optimistic", Deprel::Nsubj, "Russia");
    arc(&p, "Russia", Deprel::Conj, "China");
    arc(&p, "China", Deprel::Cc, "and");
    arc(&p, "optimistic", Deprel::Obl, "deal");
}

#[test]
fn edge_cases_give_trees() {
    let m = Model::builtin();
    well_formed(&m.parse(&[]), 0);
    let one = m.parse(&["Hello"]);
    well_formed(&one, 1);
    assert_eq!(one.heads, [0]);
    let symbols = ["$", "%", "#", "...", "--", "(", ")", "€", "+"];
    well_formed(&m.parse(&symbols), symbols.len());
    let long: Vec<String> = (0..1000).map(|i| ["the", "army", "attacked", ",", "and", "Russia", "said", "3.5"][i % 8].to_string()).collect();
    let refs: Vec<&str> = long.iter().map(String::as_str).collect();
    well_formed(&m.parse(&refs), 1000);
    well_formed(&m.parse(&["", " ", "\t", "a\nb"]), 4);
}

#[test]
fn output_round_trips_through_conllu() {
    let p = parse("The ceasefire was violated by rebel forces on Monday.");
    let s = dyad_syntax::conllu::from_parsed(&p);
    let back = parse_conllu("out", &write(std::slice::from_ref(&s))).expect("writer output reads back");
    assert_eq!(back, [s]);
}

#[test]
fn deterministic() {
    let a = parse("Turkish troops shelled Kurdish positions near the Syrian border on Sunday.");
    let b = parse("Turkish troops shelled Kurdish positions near the Syrian border on Sunday.");
    assert_eq!(a, b);
}

#[test]
fn builtin_model_round_trips() {
    let m = Model::builtin();
    let bytes = m.to_bytes();
    let shipped = zstd::stream::decode_all(Model::builtin_bytes()).unwrap();
    assert_eq!(bytes, shipped, "writing the loaded model gives the (decompressed) file back");
    // The compressed and the plain form load alike.
    assert_eq!(Model::from_bytes(&bytes).unwrap().to_bytes(), bytes);
    assert!(Model::from_bytes(&bytes[..bytes.len() / 2]).is_err());
    assert!(Model::from_bytes(b"not a model").is_err());
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]
    #[test]
    fn any_tokens_give_one_tree(tokens in prop::collection::vec("[a-zA-Z0-9.,;:!?'\"()$%&*#@/\\-]{0,8}|\\PC{1,4}", 0..80)) {
        let refs: Vec<&str> = tokens.iter().map(String::as_str).collect();
        let p = Model::builtin().parse(&refs);
        well_formed(&p, refs.len());
    }

    #[test]
    fn symbol_only_sequences_give_one_tree(tokens in prop::collection::vec("[.,;:!?\"()$%&*#@/\\-]{1,3}", 1..300)) {
        let refs: Vec<&str> = tokens.iter().map(String::as_str).collect();
        well_formed(&Model::builtin().parse(&refs), refs.len());
    }
}
