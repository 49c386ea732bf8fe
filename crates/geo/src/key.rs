//! Name keys: how a place name and a run of text tokens are compared.
//!
//! Both sides are cut into tokens by dyad's own tokenizer, each token is
//! lower-cased, stripped of accents and straightened (’ → '), and the pieces
//! are hashed in order. "Sant Julià de Lòria", "sant julia de loria" and
//! "SANT JULIA DE LORIA" give the same key; "U.S." stays one piece.

use unicode_normalization::char::is_combining_mark;
use unicode_normalization::UnicodeNormalization;

/// The normal form of one token: lower case, no accents, straight apostrophes.
pub fn fold(token: &str) -> String {
    if token.is_ascii() {
        return token.to_ascii_lowercase();
    }
    token
        .nfkd()
        .filter(|c| !is_combining_mark(*c))
        .flat_map(char::to_lowercase)
        .map(|c| if c == '\u{2019}' { '\'' } else { c })
        .collect()
}

/// FNV-1a over the bytes of one folded piece.
fn piece_hash(piece: &str) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in piece.bytes() {
        h ^= b as u64;
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    h
}

/// The key of a sequence so far extended by one more piece. Start from
/// [`EMPTY`].
#[inline]
pub fn extend(key: u64, piece: &str) -> u64 {
    let x = key ^ piece_hash(piece).wrapping_add(0x9e37_79b9_7f4a_7c15);
    // A strong mix, so keys are spread evenly (the index searches by
    // interpolation).
    let mut z = x.wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 31)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 29)
}

/// The key of no pieces.
pub const EMPTY: u64 = 0x243f_6a88_85a3_08d3;

/// The key of a name, pushing the keys of its proper prefixes (names of two
/// or more pieces) to `prefixes`; with the number of pieces. `None` for a
/// name without pieces. Plain names (ASCII letters and spaces, most of
/// them) are hashed without allocating.
pub fn key_with_prefixes(name: &str, prefixes: &mut Vec<u64>) -> Option<(u64, usize)> {
    let mut k = EMPTY;
    let mut count = 0;
    if name.bytes().all(|b| b.is_ascii_alphabetic() || b == b' ') {
        let mut buf = [0u8; 64];
        for word in name.split(' ').filter(|w| !w.is_empty()) {
            if count > 0 {
                prefixes.push(k);
            }
            let piece: std::borrow::Cow<str> = if word.len() <= buf.len() {
                let b = &mut buf[..word.len()];
                b.copy_from_slice(word.as_bytes());
                b.make_ascii_lowercase();
                std::borrow::Cow::Borrowed(std::str::from_utf8(b).expect("ASCII"))
            } else {
                std::borrow::Cow::Owned(word.to_ascii_lowercase())
            };
            k = extend(k, &piece);
            count += 1;
        }
    } else if !name.is_ascii() && fold(name).bytes().all(|b| b.is_ascii_alphabetic() || b == b' ') {
        // Accented letters and spaces: fold once, then as above.
        return key_with_prefixes(&fold(name), prefixes);
    } else {
        for p in pieces(name) {
            if count > 0 {
                prefixes.push(k);
            }
            k = extend(k, &p);
            count += 1;
        }
    }
    (count > 0).then_some((k, count))
}

/// The pieces of a name, folded, as dyad's tokenizer cuts it.
pub fn pieces(name: &str) -> Vec<String> {
    // Most names are letters and spaces: the tokenizer would split them at
    // the spaces, so skip it.
    if name.bytes().all(|b| b.is_ascii_alphabetic() || b == b' ') {
        return name.split(' ').filter(|p| !p.is_empty()).map(|p| p.to_ascii_lowercase()).collect();
    }
    let span = dyad_segment::Span { start: 0, end: name.len() };
    dyad_segment::tokenize(name, span).iter().map(|t| fold(t.text(name))).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(name: &str) -> u64 {
        pieces(name).iter().fold(EMPTY, |k, p| extend(k, p))
    }

    #[test]
    fn spelling_variants_share_a_key() {
        assert_eq!(key("Sant Julià de Lòria"), key("sant julia de loria"));
        assert_eq!(key("SÃO PAULO"), key("são paulo"));
        assert_eq!(key("Cote d’Ivoire"), key("Cote d'Ivoire"));
        assert_ne!(key("New York"), key("York New"));
        assert_ne!(key("Paris"), key("Pari s"));
    }

    #[test]
    fn keys_with_prefixes_match_piece_by_piece_keys() {
        for name in ["Red Deer", "Sant Julià de Lòria", "Washington, D.C.", "Paris", "St. John's"] {
            let mut pre = Vec::new();
            let (k, n) = key_with_prefixes(name, &mut pre).unwrap();
            assert_eq!(k, key(name), "{name}");
            assert_eq!(n, pieces(name).len());
            assert_eq!(pre.len(), n - 1);
        }
        assert_eq!(key_with_prefixes("  ", &mut Vec::new()), None);
    }

    #[test]
    fn the_fast_path_cuts_as_the_tokenizer_does() {
        for name in ["Red Deer", "New  York", "Edmonton", "Metcalfe County"] {
            let span = dyad_segment::Span { start: 0, end: name.len() };
            let slow: Vec<String> = dyad_segment::tokenize(name, span).iter().map(|t| fold(t.text(name))).collect();
            assert_eq!(pieces(name), slow, "{name}");
        }
        assert_eq!(pieces("Washington, D.C."), ["washington", ",", "d.c."]);
        assert_eq!(pieces("Ky."), ["ky."]);
    }
}
