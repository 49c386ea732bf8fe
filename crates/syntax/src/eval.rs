//! Scoring parses against gold CoNLL-U on gold tokenisation.
//!
//! Conventions: every syntactic word counts, punctuation included (as the
//! CoNLL 2018 shared-task evaluator `conll18_ud_eval` does). UAS is the
//! share of words with the right head; LAS the share with the right head
//! and the right relation *including its subtype* (`nsubj:pass` ≠ `nsubj`);
//! `LAS (universal)` compares only the part before the colon, which is what
//! `conll18_ud_eval` reports as LAS. Lemmas are compared exactly.

use std::fmt::Write as _;

use crate::conllu::Sentence;
use crate::labels::Deprel;
use crate::model::Model;

/// Counts for one relation.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct RelationCounts {
    /// Words with this gold relation.
    pub gold: usize,
    /// Words parsed with this relation.
    pub predicted: usize,
    /// Words with this relation in both and the right head.
    pub correct: usize,
}

impl RelationCounts {
    /// Correct / predicted.
    pub fn precision(&self) -> f64 {
        ratio(self.correct, self.predicted)
    }
    /// Correct / gold.
    pub fn recall(&self) -> f64 {
        ratio(self.correct, self.gold)
    }
    /// Harmonic mean of precision and recall.
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
}

/// Evaluation totals.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Report {
    /// Sentences compared.
    pub sentences: usize,
    /// Words compared.
    pub words: usize,
    /// Words with the right UPOS.
    pub upos: usize,
    /// Words with the right lemma.
    pub lemma: usize,
    /// Words with the right head.
    pub uas: usize,
    /// Words with the right head and relation (with subtype).
    pub las: usize,
    /// Words with the right head and universal relation (subtype ignored).
    pub las_universal: usize,
    /// Sentences whose every head and relation is right.
    pub exact: usize,
    /// Per relation, in [`Deprel::ALL`] order.
    pub relations: Vec<RelationCounts>,
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

fn universal(d: Deprel) -> &'static str {
    let s = d.as_str();
    s.split(':').next().unwrap_or(s)
}

impl Report {
    /// Adds one sentence pair. Sentences of different lengths are an error
    /// (gold tokenisation is required).
    pub fn add(&mut self, gold: &Sentence, pred: &Sentence) -> Result<(), String> {
        if gold.words.len() != pred.words.len() {
            return Err(format!("sentence {}: {} gold words but {} parsed", self.sentences + 1, gold.words.len(), pred.words.len()));
        }
        if self.relations.is_empty() {
            self.relations = vec![RelationCounts::default(); Deprel::ALL.len()];
        }
        self.sentences += 1;
        let mut all = true;
        for (g, p) in gold.words.iter().zip(&pred.words) {
            self.words += 1;
            self.upos += (g.upos == p.upos) as usize;
            self.lemma += (g.lemma == p.lemma) as usize;
            let head = g.head == p.head;
            self.uas += head as usize;
            self.las += (head && g.deprel == p.deprel) as usize;
            self.las_universal += (head && universal(g.deprel) == universal(p.deprel)) as usize;
            all &= head && g.deprel == p.deprel;
            self.relations[g.deprel.index()].gold += 1;
            self.relations[p.deprel.index()].predicted += 1;
            if head && g.deprel == p.deprel {
                self.relations[g.deprel.index()].correct += 1;
            }
        }
        self.exact += all as usize;
        Ok(())
    }

    /// UPOS accuracy.
    pub fn upos_accuracy(&self) -> f64 {
        ratio(self.upos, self.words)
    }
    /// Lemma accuracy.
    pub fn lemma_accuracy(&self) -> f64 {
        ratio(self.lemma, self.words)
    }
    /// Unlabelled attachment score.
    pub fn uas(&self) -> f64 {
        ratio(self.uas, self.words)
    }
    /// Labelled attachment score (relations with subtypes).
    pub fn las(&self) -> f64 {
        ratio(self.las, self.words)
    }
    /// Labelled attachment score on universal relations.
    pub fn las_universal(&self) -> f64 {
        ratio(self.las_universal, self.words)
    }

    /// A plain-text summary and per-relation table (relations that occur in
    /// gold or prediction, most frequent first).
    pub fn to_text(&self) -> String {
        let mut s = String::new();
        let _ = writeln!(s, "sentences {}  words {}", self.sentences, self.words);
        let _ = writeln!(
            s,
            "UPOS {:.4}  lemma {:.4}  UAS {:.4}  LAS {:.4}  LAS(universal) {:.4}  exact {:.4}",
            self.upos_accuracy(),
            self.lemma_accuracy(),
            self.uas(),
            self.las(),
            self.las_universal(),
            ratio(self.exact, self.sentences)
        );
        let _ = writeln!(s, "{:<14} {:>6} {:>6} {:>7} {:>7} {:>7}", "relation", "gold", "pred", "prec", "recall", "F1");
        let mut rows: Vec<(Deprel, RelationCounts)> =
            Deprel::ALL.iter().zip(&self.relations).filter(|(_, c)| c.gold + c.predicted > 0).map(|(d, c)| (*d, *c)).collect();
        rows.sort_by(|a, b| b.1.gold.cmp(&a.1.gold).then(a.0.cmp(&b.0)));
        for (d, c) in rows {
            let _ = writeln!(s, "{:<14} {:>6} {:>6} {:>7.4} {:>7.4} {:>7.4}", d.as_str(), c.gold, c.predicted, c.precision(), c.recall(), c.f1());
        }
        s
    }
}

/// Compares two parsed files sentence by sentence.
pub fn evaluate(gold: &[Sentence], pred: &[Sentence]) -> Result<Report, String> {
    if gold.len() != pred.len() {
        return Err(format!("{} gold sentences but {} parsed", gold.len(), pred.len()));
    }
    let mut r = Report::default();
    for (g, p) in gold.iter().zip(pred) {
        r.add(g, p)?;
    }
    Ok(r)
}

/// Parses the gold sentences' words with `model` and scores the result.
/// Returns the report and the parsed sentences (with the gold comments).
pub fn evaluate_model(model: &Model, gold: &[Sentence]) -> (Report, Vec<Sentence>) {
    let mut r = Report::default();
    let mut out = Vec::with_capacity(gold.len());
    for g in gold {
        let words = g.forms();
        let mut p = crate::conllu::from_parsed(&model.parse(&words));
        p.comments = g.comments.clone();
        // Same words by construction, so `add` cannot fail here.
        let _ = r.add(g, &p);
        out.push(p);
    }
    (r, out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::conllu::parse;

    #[test]
    fn scores() {
        let gold = parse("g", "1\tHe\the\tPRON\t_\t_\t2\tnsubj:pass\t_\t_\n2\tleft\tleave\tVERB\t_\t_\t0\troot\t_\t_\n3\t.\t.\tPUNCT\t_\t_\t2\tpunct\t_\t_\n").unwrap();
        let pred = parse("p", "1\tHe\the\tPRON\t_\t_\t2\tnsubj\t_\t_\n2\tleft\tleft\tADJ\t_\t_\t0\troot\t_\t_\n3\t.\t.\tPUNCT\t_\t_\t1\tpunct\t_\t_\n").unwrap();
        let r = evaluate(&gold, &pred).unwrap();
        assert_eq!((r.words, r.upos, r.lemma, r.uas, r.las, r.las_universal, r.exact), (3, 2, 2, 2, 1, 2, 0));
        let nsubj = r.relations[Deprel::Nsubj.index()];
        assert_eq!((nsubj.gold, nsubj.predicted, nsubj.correct), (0, 1, 0));
        assert_eq!(r.relations[Deprel::Root.index()].f1(), 1.0);
        assert!(r.to_text().contains("nsubj:pass"));
        assert!(evaluate(&gold, &[]).is_err());
        let short = parse("p", "1\tHe\the\tPRON\t_\t_\t0\troot\t_\t_\n").unwrap();
        assert!(evaluate(&gold, &short).unwrap_err().contains("3 gold words but 1 parsed"));
    }
}
