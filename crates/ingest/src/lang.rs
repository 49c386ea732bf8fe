//! Language identification (whatlang) reported as ISO 639-1 codes.

/// ISO 639-3 codes used by whatlang → ISO 639-1. Every language whatlang
/// 0.18 knows has a two-letter code except Akan's macro-language member
/// (`aka` → `ak`) and Iranian Persian (`pes` → `fa`), mapped to their
/// macro-language codes; Mandarin (`cmn`) maps to Chinese (`zh`).
const ISO639_3_TO_1: &[(&str, &str)] = &[
    ("afr", "af"),
    ("aka", "ak"),
    ("amh", "am"),
    ("ara", "ar"),
    ("aze", "az"),
    ("bel", "be"),
    ("ben", "bn"),
    ("bul", "bg"),
    ("cat", "ca"),
    ("ces", "cs"),
    ("cmn", "zh"),
    ("cym", "cy"),
    ("dan", "da"),
    ("deu", "de"),
    ("ell", "el"),
    ("eng", "en"),
    ("epo", "eo"),
    ("est", "et"),
    ("fin", "fi"),
    ("fra", "fr"),
    ("guj", "gu"),
    ("heb", "he"),
    ("hin", "hi"),
    ("hrv", "hr"),
    ("hun", "hu"),
    ("hye", "hy"),
    ("ind", "id"),
    ("ita", "it"),
    ("jav", "jv"),
    ("jpn", "ja"),
    ("kan", "kn"),
    ("kat", "ka"),
    ("khm", "km"),
    ("kor", "ko"),
    ("lat", "la"),
    ("lav", "lv"),
    ("lit", "lt"),
    ("mal", "ml"),
    ("mar", "mr"),
    ("mkd", "mk"),
    ("mya", "my"),
    ("nep", "ne"),
    ("nld", "nl"),
    ("nob", "nb"),
    ("ori", "or"),
    ("pan", "pa"),
    ("pes", "fa"),
    ("pol", "pl"),
    ("por", "pt"),
    ("ron", "ro"),
    ("rus", "ru"),
    ("sin", "si"),
    ("slk", "sk"),
    ("slv", "sl"),
    ("sna", "sn"),
    ("spa", "es"),
    ("srp", "sr"),
    ("swe", "sv"),
    ("tam", "ta"),
    ("tel", "te"),
    ("tgl", "tl"),
    ("tha", "th"),
    ("tuk", "tk"),
    ("tur", "tr"),
    ("ukr", "uk"),
    ("urd", "ur"),
    ("uzb", "uz"),
    ("vie", "vi"),
    ("yid", "yi"),
    ("zul", "zu"),
    // Common 639-3 / 639-2 codes a JSONL producer might send.
    ("fas", "fa"),
    ("zho", "zh"),
    ("nor", "no"),
    ("msa", "ms"),
    ("swa", "sw"),
];

/// Maps an ISO 639-3 (or common 639-2) code to ISO 639-1.
pub fn iso639_1(code3: &str) -> Option<&'static str> {
    ISO639_3_TO_1
        .iter()
        .find(|(c3, _)| *c3 == code3)
        .map(|(_, c1)| *c1)
}

/// Best-guess ISO 639-1 language of `text`; None when whatlang cannot tell
/// (no letters, or a language without a two-letter code).
pub fn detect_language(text: &str) -> Option<String> {
    // The first 20 kB are plenty and keep detection cheap on huge documents.
    let mut end = text.len().min(20_000);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let info = whatlang::detect(&text[..end])?;
    iso639_1(info.lang().code()).map(str::to_string)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_whatlang_language_maps() {
        for lang in whatlang::Lang::all() {
            assert!(
                iso639_1(lang.code()).is_some(),
                "{} has no mapping",
                lang.code()
            );
        }
    }

    #[test]
    fn detects_common_languages() {
        assert_eq!(
            detect_language(
                "The minister met the rebels in the capital on Tuesday to discuss a ceasefire."
            )
            .as_deref(),
            Some("en")
        );
        assert_eq!(
            detect_language("Le ministre a rencontré les rebelles dans la capitale mardi pour discuter d'un cessez-le-feu.").as_deref(),
            Some("fr")
        );
        assert_eq!(detect_language("12345 ... !!!"), None);
    }
}
