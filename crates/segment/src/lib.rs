//! Sentence splitting and tokenisation for English news text, with exact
//! byte offsets (and a fast byte-to-character offset converter).
//!
//! ```
//! use dyad_segment::{split_sentences, tokenize};
//! let text = "BEIJING, Oct. 22 (Reuters) - The U.S. and China met. Shares rose 3.5 percent.";
//! let sentences = split_sentences(text);
//! assert_eq!(sentences.len(), 2);
//! let tokens = tokenize(text, sentences[0].span);
//! assert_eq!(tokens[2].text(text), "Oct.");
//! ```
//!
//! The splitter is rule-based and makes one left-to-right pass over the
//! bytes; it allocates only the output vector. No regular expressions.
//!
//! # Sentence rules
//!
//! * **Paragraphs.** A blank line (`\n`, optional spaces/tabs/`\r`, `\n`) or
//!   U+2029 always ends a sentence; no sentence crosses one. A headline line
//!   without final punctuation is therefore its own sentence when a blank
//!   line follows. A single line break is ordinary whitespace.
//! * **Candidates.** A sentence can end only at a run of `.` `?` `!` `…`,
//!   extended over closing quotes and brackets (`"` `'` `”` `’` `)` `]` `»`),
//!   and only if whitespace or the end of the text follows. So "3.5",
//!   "1,000.50", "reuters.com", "www.x.org" and "U.S" inside "U.S." never
//!   split.
//! * **Lowercase continuation.** If the next word (after any opening quotes
//!   or brackets) starts with a lowercase letter, there is no boundary:
//!   `"Why?" he asked`, `etc. and`, `at 5 p.m. on`, `... and then`.
//! * **`?` and `!`** end a sentence before anything but a lowercase letter.
//! * **Ellipsis** (`...` or `…`) ends a sentence only before a capital letter.
//! * **Bare terminators.** A terminator with nothing but whitespace before
//!   it in its sentence (the "…" in "objectives. … The YPG") does not end a
//!   sentence; it begins the next one.
//! * **Closing quotes and brackets.** `He said "we will win." Then` and
//!   `(See below.) Next` split after the quote or bracket.
//! * **A plain period** ends a sentence unless the word before it is an
//!   abbreviation:
//!   - *titles and reference words* never end a sentence: Mr. Mrs. Ms. Dr.
//!     Prof. Sen. Rep. Gov. Pres. Gen. Col. Lt. Capt. Maj. Sgt. Adm. Rev.
//!     vs. v. approx. e.g. i.e. cf., months Jan. … Dec. (Sept. too) and
//!     weekdays Mon. … Fri. ("Col. Gen. Wei", "Oct. 22");
//!   - *reference words* No. Nos. Fig. Vol. p. pp. para. Sec. Art. are
//!     abbreviations only before a digit: "No. 5" does not split, the answer
//!     "No. Jack is innocent" does;
//!   - *"etc."* ends a sentence before any capitalised word;
//!   - *ambiguous abbreviations* end a sentence only when the next word is
//!     in the closed list [`SENTENCE_STARTERS`] (The, A, He, She, It, They,
//!     We, In, On, But, However, …). These are: company and name suffixes
//!     (Inc. Corp. Ltd. Co. Jr. Sr. Bros. et al.), street and place words
//!     (St. Ave. Rd.), Sat. and Sun., AP state abbreviations (Calif. Fla.
//!     …), dotted letter sequences (U.S. U.N. U.K. E.U. a.m. p.m. J.R.R.)
//!     and single capital letters (initials: "W. Fenghe", "George W. Bush").
//!     So "at 10 a.m. The talks" splits but "the U.S. Senate" and
//!     "Z. Hasanov" do not.
//!   - All-capitals forms of the listed words ("GEN.", "CORP.") count too.
//!   - a digit after a listed abbreviation never starts a sentence ("Oct. 22");
//!     after any other word it does ("rose 5. 10 people").
//!
//! Known limits, accepted for speed and predictability: a sentence that
//! starts with a lowercase word is joined to the previous one; a sentence
//! that ends with an ambiguous abbreviation before a capitalised word not in
//! the starter list is not split ("moved to the U.S. Officials said"); a
//! quoted question before a capitalised attribution is split
//! (`"Why?" Smith asked`); a full stop with no space after it ("age.Yet")
//! is not a boundary.
//!
//! # Token rules
//!
//! See [`TokenKind`] for the kinds. Whitespace separates tokens. A word is a
//! run of letters, digits and combining marks joined by internal hyphens,
//! apostrophes and periods ("military-technical", "O'Brien", "3.5"), by
//! `,` before exactly three digits ("1,000"), by `:` or `/` between digits
//! ("10:30", "10/22/2019") and `&` between capitals ("AT&T"). Then:
//! * a word followed by a period that is an abbreviation (see above) keeps
//!   the period: "U.S.", "Gen.", "W.", "e.g.", and "No." before a digit.
//!   This includes a sentence-final one, so a sentence ending in "U.S." has
//!   no separate `.` token;
//! * clitics are split Penn-Treebank style: "Azerbaijan's" → "Azerbaijan"
//!   "'s"; "don't" → "do" "n't"; "can't" → "ca" "n't"; likewise 're 've 'll
//!   'd 'm, with `'` or `’`;
//! * hyphenated words stay one token; [`hyphen_parts`] gives the parts;
//! * "http(s)://…" and "www.…" run to the next whitespace minus trailing
//!   punctuation; words with `@` or a final alphabetic label after a period
//!   ("reuters.com") are [`TokenKind::Url`];
//! * every other non-space character is its own `Punct` or `Symbol` token,
//!   except runs of `.` ("...") and of `-` ("--"), so " - " is a dash token.

mod abbrev;
mod offsets;
mod sentence;
mod token;

pub use abbrev::SENTENCE_STARTERS;
pub use dyad_core::{Sentence, Span, Token, TokenKind};
pub use offsets::CharOffsets;
pub use sentence::{split_sentences, MAX_SENTENCE_BYTES};
pub use token::{hyphen_parts, tokenize};
