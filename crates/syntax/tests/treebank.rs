//! Checks against the UD English EWT files in `../shared/treebank` (skipped
//! with a message when they are absent).

use std::path::PathBuf;

use dyad_syntax::conllu::{read_file, write, parse as parse_conllu};
use dyad_syntax::transition::{is_projective, is_tree, projectivize, Move, State};

fn treebank(name: &str) -> Option<PathBuf> {
    let p = PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/treebank/")).join(name);
    if p.exists() {
        Some(p)
    } else {
        eprintln!("skipped: {} not found (the shared reference material is not here)", p.display());
        None
    }
}

/// Follows zero-cost moves from the initial configuration; returns the
/// heads built (1-based) and the number of moves.
fn oracle(gold1: &[u32]) -> (Vec<u32>, usize) {
    let mut gold = vec![0u32];
    gold.extend_from_slice(gold1);
    let mut st = State::new(gold1.len());
    let mut moves = 0;
    while !st.is_final() {
        let Some(m) = [Move::Shift, Move::Right, Move::Left].into_iter().find(|&m| st.cost(m, &gold) == 0) else {
            panic!("no zero-cost move for {gold1:?} at stack {:?} buffer {}", st.stack, st.b);
        };
        st.apply(m, 0);
        moves += 1;
    }
    (st.heads[1..].to_vec(), moves)
}

#[test]
fn dynamic_oracle_reproduces_every_projective_tree() {
    for name in ["en_ewt-ud-dev.conllu", "en_ewt-ud-test.conllu"] {
        let Some(path) = treebank(name) else { return };
        let sents = read_file(&path).expect("treebank reads");
        let (mut projective, mut lifted) = (0, 0);
        for s in &sents {
            let mut heads = s.heads();
            assert!(is_tree(&heads), "{name}: {:?} is not a tree", s.comments);
            if !is_projective(&heads) {
                projectivize(&mut heads);
                assert!(is_projective(&heads) && is_tree(&heads), "{name}: lifting failed for {:?}", s.comments);
                lifted += 1;
            } else {
                projective += 1;
            }
            let (built, moves) = oracle(&heads);
            assert_eq!(built, heads, "{name}: {:?}", s.comments);
            assert_eq!(moves, 2 * heads.len());
        }
        eprintln!("{name}: {projective} projective trees reproduced, {lifted} non-projective ones lifted and reproduced");
        assert!(projective > 1900 && lifted > 0, "{projective} {lifted}");
    }
}

#[test]
fn conllu_files_round_trip_through_the_writer() {
    for name in ["en_ewt-ud-dev.conllu", "en_ewt-ud-test.conllu"] {
        let Some(path) = treebank(name) else { return };
        let sents = read_file(&path).expect("treebank reads");
        assert_eq!(sents.len(), if name.contains("dev") { 2001 } else { 2077 });
        let back = parse_conllu("written", &write(&sents)).expect("written file reads");
        assert_eq!(back, sents);
    }
}
