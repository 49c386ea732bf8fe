//! The tag and relation inventories: the 17 Universal POS tags and the UD
//! dependency relations (with the subtypes UD English EWT uses).
//!
//! Both are fixed in code, not read from the model, so that the event coder
//! can match on them (`Deprel::NsubjPass`) and a retrained model cannot
//! silently rename them. A model stores labels by these indices.

macro_rules! label_enum {
    ($(#[$meta:meta])* $name:ident { $($(#[$vmeta:meta])* $variant:ident => $text:literal,)* }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[repr(u8)]
        pub enum $name {
            $($(#[$vmeta])* $variant,)*
        }

        impl $name {
            /// Every value, in index order.
            pub const ALL: &'static [$name] = &[$($name::$variant,)*];

            /// The CoNLL-U spelling.
            pub fn as_str(self) -> &'static str {
                match self {
                    $($name::$variant => $text,)*
                }
            }

            /// Parses the CoNLL-U spelling (exact, case-sensitive).
            pub fn parse(s: &str) -> Option<$name> {
                match s {
                    $($text => Some($name::$variant),)*
                    _ => None,
                }
            }

            /// The dense index (0-based, the order of [`Self::ALL`]).
            pub fn index(self) -> usize {
                self as usize
            }

            /// The value with dense index `i`, if any.
            pub fn from_index(i: usize) -> Option<$name> {
                Self::ALL.get(i).copied()
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }
    };
}

label_enum! {
    /// A Universal POS tag.
    Upos {
        /// Adjective.
        Adj => "ADJ",
        /// Adposition.
        Adp => "ADP",
        /// Adverb.
        Adv => "ADV",
        /// Auxiliary.
        Aux => "AUX",
        /// Coordinating conjunction.
        Cconj => "CCONJ",
        /// Determiner.
        Det => "DET",
        /// Interjection.
        Intj => "INTJ",
        /// Noun.
        Noun => "NOUN",
        /// Numeral.
        Num => "NUM",
        /// Particle.
        Part => "PART",
        /// Pronoun.
        Pron => "PRON",
        /// Proper noun.
        Propn => "PROPN",
        /// Punctuation.
        Punct => "PUNCT",
        /// Subordinating conjunction.
        Sconj => "SCONJ",
        /// Symbol.
        Sym => "SYM",
        /// Verb.
        Verb => "VERB",
        /// Other.
        X => "X",
    }
}

label_enum! {
    /// A Universal Dependencies relation, with the subtypes of UD English
    /// EWT v2.15 (and `obl:tmod`/`obl:npmod` of older releases, which the
    /// reader keeps distinct; current EWT writes `obl:unmarked`).
    Deprel {
        /// The root of the sentence.
        Root => "root",
        /// Nominal subject.
        Nsubj => "nsubj",
        /// Passive nominal subject.
        NsubjPass => "nsubj:pass",
        /// Outer subject of a copular clause with a clausal predicate.
        NsubjOuter => "nsubj:outer",
        /// Clausal subject.
        Csubj => "csubj",
        /// Passive clausal subject.
        CsubjPass => "csubj:pass",
        /// Outer clausal subject.
        CsubjOuter => "csubj:outer",
        /// Direct object.
        Obj => "obj",
        /// Indirect object.
        Iobj => "iobj",
        /// Oblique nominal.
        Obl => "obl",
        /// Agent of a passive ("by the army").
        OblAgent => "obl:agent",
        /// Bare noun phrase oblique ("last week").
        OblUnmarked => "obl:unmarked",
        /// Temporal oblique (older UD releases).
        OblTmod => "obl:tmod",
        /// Noun phrase adverbial (older UD releases).
        OblNpmod => "obl:npmod",
        /// Clausal complement.
        Ccomp => "ccomp",
        /// Open clausal complement.
        Xcomp => "xcomp",
        /// Adverbial clause.
        Advcl => "advcl",
        /// Adverbial relative clause.
        AdvclRelcl => "advcl:relcl",
        /// Clausal modifier of a noun.
        Acl => "acl",
        /// Relative clause.
        AclRelcl => "acl:relcl",
        /// Adverbial modifier.
        Advmod => "advmod",
        /// Adjectival modifier.
        Amod => "amod",
        /// Nominal modifier.
        Nmod => "nmod",
        /// Possessive nominal modifier.
        NmodPoss => "nmod:poss",
        /// Bare noun phrase nominal modifier.
        NmodUnmarked => "nmod:unmarked",
        /// Descriptive nominal modifier.
        NmodDesc => "nmod:desc",
        /// Temporal nominal modifier (older UD releases).
        NmodTmod => "nmod:tmod",
        /// Noun phrase modifier (older UD releases).
        NmodNpmod => "nmod:npmod",
        /// Appositional modifier.
        Appos => "appos",
        /// Numeric modifier.
        Nummod => "nummod",
        /// Determiner.
        Det => "det",
        /// Predeterminer ("all the").
        DetPredet => "det:predet",
        /// Case marker (prepositions, possessive 's).
        Case => "case",
        /// Subordinating marker.
        Mark => "mark",
        /// Auxiliary.
        Aux => "aux",
        /// Passive auxiliary.
        AuxPass => "aux:pass",
        /// Copula.
        Cop => "cop",
        /// Conjunct.
        Conj => "conj",
        /// Coordinating conjunction.
        Cc => "cc",
        /// Preconjunct ("both", "either").
        CcPreconj => "cc:preconj",
        /// Compound.
        Compound => "compound",
        /// Phrasal verb particle.
        CompoundPrt => "compound:prt",
        /// Flat multiword expression (names).
        Flat => "flat",
        /// Fixed multiword expression.
        Fixed => "fixed",
        /// Expletive.
        Expl => "expl",
        /// Parataxis.
        Parataxis => "parataxis",
        /// List.
        List => "list",
        /// Discourse element.
        Discourse => "discourse",
        /// Vocative.
        Vocative => "vocative",
        /// Dislocated element.
        Dislocated => "dislocated",
        /// Split word.
        Goeswith => "goeswith",
        /// Disfluency.
        Reparandum => "reparandum",
        /// Orphan in ellipsis.
        Orphan => "orphan",
        /// Unspecified dependency.
        Dep => "dep",
        /// Punctuation.
        Punct => "punct",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_and_indices() {
        assert_eq!(Upos::ALL.len(), 17);
        for (i, &u) in Upos::ALL.iter().enumerate() {
            assert_eq!(Upos::parse(u.as_str()), Some(u));
            assert_eq!(u.index(), i);
            assert_eq!(Upos::from_index(i), Some(u));
        }
        for (i, &d) in Deprel::ALL.iter().enumerate() {
            assert_eq!(Deprel::parse(d.as_str()), Some(d));
            assert_eq!(Deprel::from_index(i), Some(d));
        }
        assert_eq!(Deprel::parse("nsubj:pass"), Some(Deprel::NsubjPass));
        assert_eq!(Deprel::parse("NSUBJ"), None);
        assert_eq!(Upos::from_index(17), None);
    }
}
