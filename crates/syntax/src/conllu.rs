//! CoNLL-U reading and writing (<https://universaldependencies.org/format.html>).
//!
//! Only the basic tree is used: multiword-token lines (`1-2`) and empty
//! nodes (`1.1`) are skipped, the enhanced graph (DEPS) is ignored. A
//! relation subtype this crate does not know ("nmod:gmod") falls back to its
//! base relation; an unknown base relation or tag is an error.

use std::fmt::Write as _;

use crate::labels::{Deprel, Upos};

/// One syntactic word of a CoNLL-U sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Word {
    /// FORM.
    pub form: String,
    /// LEMMA (`_` when absent).
    pub lemma: String,
    /// UPOS.
    pub upos: Upos,
    /// XPOS (`_` when absent).
    pub xpos: String,
    /// HEAD: 1-based index of the head word, 0 for the root.
    pub head: u32,
    /// DEPREL.
    pub deprel: Deprel,
}

/// A sentence of a CoNLL-U file.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Sentence {
    /// The comment lines, without their leading `# ` (e.g. `sent_id = x`).
    pub comments: Vec<String>,
    /// The syntactic words, in order (word `i` has CoNLL-U ID `i + 1`).
    pub words: Vec<Word>,
}

impl Sentence {
    /// The word forms.
    pub fn forms(&self) -> Vec<&str> {
        self.words.iter().map(|w| w.form.as_str()).collect()
    }

    /// The heads, 1-based with 0 for the root.
    pub fn heads(&self) -> Vec<u32> {
        self.words.iter().map(|w| w.head).collect()
    }

    /// True when the arcs cross nowhere (a projective tree).
    pub fn is_projective(&self) -> bool {
        crate::transition::is_projective(&self.heads())
    }
}

/// A malformed CoNLL-U line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConlluError {
    /// The file name given to the reader.
    pub file: String,
    /// 1-based line number.
    pub line: usize,
    /// What is wrong.
    pub message: String,
}

impl std::fmt::Display for ConlluError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}:{}: {}", self.file, self.line, self.message)
    }
}

impl std::error::Error for ConlluError {}

/// A parsed sentence as a CoNLL-U sentence (no comments; XPOS `_`).
pub fn from_parsed(p: &crate::Parsed) -> Sentence {
    Sentence {
        comments: Vec::new(),
        words: (0..p.len())
            .map(|i| Word {
                form: p.form(i).to_string(),
                lemma: p.lemma(i).to_string(),
                upos: p.upos[i],
                xpos: "_".to_string(),
                head: p.heads[i],
                deprel: p.deprels[i],
            })
            .collect(),
    }
}

/// Reads the file at `path`; errors name the file and line.
pub fn read_file(path: &std::path::Path) -> Result<Vec<Sentence>, ConlluError> {
    let name = path.display().to_string();
    let text = std::fs::read_to_string(path)
        .map_err(|e| ConlluError { file: name.clone(), line: 0, message: format!("cannot read: {e}") })?;
    parse(&name, &text)
}

/// Parses CoNLL-U text. `file` names the source in errors.
///
/// Each sentence is checked: IDs must run 1, 2, 3, …; heads must point to a
/// word of the sentence or 0. A sentence whose heads do not form a tree
/// (cycles, several roots) is still returned, since evaluation must accept
/// any gold file; training checks trees itself.
pub fn parse(file: &str, text: &str) -> Result<Vec<Sentence>, ConlluError> {
    let err = |line: usize, message: String| ConlluError { file: file.to_string(), line, message };
    let mut out = Vec::new();
    let mut cur = Sentence::default();
    // Line of each word's HEAD, to report a head out of range at its line.
    let mut head_lines: Vec<usize> = Vec::new();
    let finish = |cur: &mut Sentence, head_lines: &mut Vec<usize>, out: &mut Vec<Sentence>| -> Result<(), ConlluError> {
        let n = cur.words.len() as u32;
        for (w, &line) in cur.words.iter().zip(head_lines.iter()) {
            if w.head > n {
                return Err(err(line, format!("HEAD {} is past the last word ({n})", w.head)));
            }
        }
        head_lines.clear();
        if !cur.words.is_empty() {
            out.push(std::mem::take(cur));
        } else {
            cur.comments.clear();
        }
        Ok(())
    };
    for (i, line) in text.lines().enumerate() {
        let lineno = i + 1;
        let line = line.strip_suffix('\r').unwrap_or(line);
        if line.trim().is_empty() {
            finish(&mut cur, &mut head_lines, &mut out)?;
            continue;
        }
        if let Some(c) = line.strip_prefix('#') {
            cur.comments.push(c.strip_prefix(' ').unwrap_or(c).to_string());
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        if cols.len() != 10 {
            return Err(err(lineno, format!("expected 10 tab-separated columns, found {}", cols.len())));
        }
        let id = cols[0];
        if id.contains('-') || id.contains('.') {
            // Multiword token or empty node: not part of the basic tree.
            continue;
        }
        let id: usize = id.parse().map_err(|_| err(lineno, format!("bad ID {id:?}")))?;
        if id != cur.words.len() + 1 {
            return Err(err(lineno, format!("ID {id} out of order (expected {})", cur.words.len() + 1)));
        }
        let upos = Upos::parse(cols[3]).ok_or_else(|| err(lineno, format!("unknown UPOS {:?}", cols[3])))?;
        let head: u32 = cols[6].parse().map_err(|_| err(lineno, format!("bad HEAD {:?}", cols[6])))?;
        if head as usize == id {
            return Err(err(lineno, "a word cannot be its own head".to_string()));
        }
        let deprel = Deprel::parse(cols[7])
            .or_else(|| Deprel::parse(cols[7].split(':').next().unwrap_or("")))
            .ok_or_else(|| err(lineno, format!("unknown DEPREL {:?}", cols[7])))?;
        cur.words.push(Word {
            form: cols[1].to_string(),
            lemma: cols[2].to_string(),
            upos,
            xpos: cols[4].to_string(),
            head,
            deprel,
        });
        head_lines.push(lineno);
    }
    finish(&mut cur, &mut head_lines, &mut out)?;
    Ok(out)
}

/// Appends `s` in CoNLL-U to `out`: comments, then one line per word, then
/// a blank line. Tabs and line breaks inside a form or lemma (which the
/// format cannot hold) become spaces; an empty form or lemma becomes `_`.
pub fn write_sentence(out: &mut String, s: &Sentence) {
    for c in &s.comments {
        let _ = writeln!(out, "# {}", clean(c));
    }
    for (i, w) in s.words.iter().enumerate() {
        let _ = writeln!(
            out,
            "{}\t{}\t{}\t{}\t{}\t_\t{}\t{}\t_\t_",
            i + 1,
            field(&w.form),
            field(&w.lemma),
            w.upos,
            field(&w.xpos),
            w.head,
            w.deprel
        );
    }
    out.push('\n');
}

/// Writes every sentence, as [`write_sentence`] does.
pub fn write(sentences: &[Sentence]) -> String {
    let mut out = String::new();
    for s in sentences {
        write_sentence(&mut out, s);
    }
    out
}

fn clean(s: &str) -> String {
    s.replace(['\t', '\n', '\r'], " ")
}

fn field(s: &str) -> String {
    let c = clean(s);
    if c.trim().is_empty() {
        "_".to_string()
    } else {
        c
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE: &str = "# sent_id = a\n# text = Today's news.\n1-2\tToday's\t_\t_\t_\t_\t_\t_\t_\t_\n1\tToday\ttoday\tNOUN\tNN\t_\t3\tnmod:poss\t_\t_\n2\t's\t's\tPART\tPOS\t_\t1\tcase\t_\t_\n3\tnews\tnews\tNOUN\tNN\t_\t0\troot\t_\t_\n3.1\tx\tx\tX\tX\t_\t_\t_\t3:dep\t_\n4\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n1\tHi\thi\tINTJ\tUH\t_\t0\troot\t_\t_\n";

    #[test]
    fn reads_skipping_multiword_tokens_and_empty_nodes() {
        let s = parse("t.conllu", SAMPLE).unwrap();
        assert_eq!(s.len(), 2);
        assert_eq!(s[0].forms(), ["Today", "'s", "news", "."]);
        assert_eq!(s[0].heads(), [3, 1, 0, 3]);
        assert_eq!(s[0].words[0].deprel, Deprel::NmodPoss);
        assert_eq!(s[0].comments, ["sent_id = a", "text = Today's news."]);
        assert_eq!(s[1].words[0].upos, Upos::Intj);
    }

    #[test]
    fn errors_name_file_and_line() {
        let e = parse("x.conllu", "1\ta\ta\tNOUN\t_\t_\t0\troot\t_\t_\n2\tb\tb\tNUON\t_\t_\t1\tdep\t_\t_\n").unwrap_err();
        assert_eq!(e.to_string(), "x.conllu:2: unknown UPOS \"NUON\"");
        let e = parse("x.conllu", "1\ta\ta\tNOUN\t_\t_\t5\troot\t_\t_\n\n").unwrap_err();
        assert_eq!(e.to_string(), "x.conllu:1: HEAD 5 is past the last word (1)");
        let e = parse("x.conllu", "1\ta\n").unwrap_err();
        assert_eq!(e.line, 1);
        let e = parse("x.conllu", "2\ta\ta\tNOUN\t_\t_\t0\troot\t_\t_\n").unwrap_err();
        assert!(e.message.contains("out of order"), "{e}");
        let e = parse("x.conllu", "1\ta\ta\tNOUN\t_\t_\t0\tfoo:bar\t_\t_\n").unwrap_err();
        assert!(e.message.contains("unknown DEPREL"), "{e}");
    }

    #[test]
    fn unknown_subtype_falls_back_to_base() {
        let s = parse("x", "1\ta\ta\tNOUN\t_\t_\t0\tnmod:gmod\t_\t_\n").unwrap();
        assert_eq!(s[0].words[0].deprel, Deprel::Nmod);
    }

    #[test]
    fn writer_round_trips() {
        let s = parse("t.conllu", SAMPLE).unwrap();
        let text = write(&s);
        assert_eq!(parse("w", &text).unwrap(), s);
        let odd = Sentence {
            comments: vec!["x\ty".into()],
            words: vec![Word { form: "a\tb".into(), lemma: String::new(), upos: Upos::X, xpos: "_".into(), head: 0, deprel: Deprel::Root }],
        };
        let back = parse("w", &write(std::slice::from_ref(&odd))).unwrap();
        assert_eq!(back[0].words[0].form, "a b");
        assert_eq!(back[0].words[0].lemma, "_");
    }
}
