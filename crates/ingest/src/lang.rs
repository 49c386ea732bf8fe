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

/// How much of a document's text language detection reads.
const DETECTION_SAMPLE_BYTES: usize = 2_000;

/// Best-guess ISO 639-1 language of `text`; None when whatlang cannot tell
/// (no letters, or a language without a two-letter code).
pub fn detect_language(text: &str) -> Option<String> {
    let sample = detection_sample(text);
    if is_plainly_english(sample) {
        return Some("en".to_string());
    }
    let info = whatlang::detect(sample)?;
    iso639_1(info.lang().code()).map(str::to_string)
}

/// Fewest words of Latin-script text for which detection is trusted.
/// Trigram statistics over a headline are noise: "Georgian police detained
/// 12 protesters." comes out as Latin and short English feed items as
/// French or Italian, so shorter texts take the default language.
pub const MIN_DETECTION_WORDS: usize = 20;

/// The language of a document that does not declare one: `forced` when the
/// user gave one; else the detected language when the text is long enough
/// for detection to be reliable (or is written in a non-Latin script, which
/// says by itself that it is not English); else `default`.
pub fn document_language(text: &str, forced: Option<&str>, default: &str) -> String {
    if let Some(l) = forced {
        return l.to_string();
    }
    let sample = detection_sample(text);
    let latin = whatlang::detect_script(sample).is_none_or(|s| s == whatlang::Script::Latin);
    if latin && words(sample).count() < MIN_DETECTION_WORDS {
        return default.to_string();
    }
    if is_plainly_english(sample) {
        return "en".to_string();
    }
    match whatlang::detect(sample) {
        Some(info) if info.is_reliable() || !latin => {
            iso639_1(info.lang().code()).unwrap_or(default).to_string()
        }
        _ => default.to_string(),
    }
}

/// The start of `text` that detection reads.
fn detection_sample(text: &str) -> &str {
    // Trigram statistics settle long before 2 kB of prose (some 300 words);
    // reading more made detection the most expensive step of ingestion.
    let mut end = text.len().min(DETECTION_SAMPLE_BYTES);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

fn words(s: &str) -> impl Iterator<Item = &str> {
    s.split(|c: char| !c.is_alphabetic()).filter(|w| !w.is_empty())
}

/// English function words:
/// in English prose they make a quarter or more of all words; in other
/// Latin-script languages next to none.
const ENGLISH_FUNCTION_WORDS: &[&str] = &[
    "the", "of", "and", "to", "in", "a", "is", "that", "for", "on", "was", "with", "he", "it", "as",
    "by", "at", "from", "his", "be", "have", "has", "are", "said", "were", "which", "this", "not",
    "but", "they", "their", "its", "an", "had", "been", "will", "who",
];

/// The commonest function words of the Latin-script languages that the
/// trigram detector most often confuses English with, without the words
/// they share with English ("on", "in", "a", "die", "is"). A text whose
/// English function words clearly outnumber these is English, whatever its
/// trigrams say (runs of names and news verbs read as French to them).
const OTHER_FUNCTION_WORDS: &[&str] = &[
    // French
    "le", "la", "les", "des", "du", "et", "est", "une", "que", "qui", "dans", "pour", "sur", "au", "avec", "pas", "ce",
    // Spanish, Portuguese, Italian
    "el", "los", "las", "del", "y", "es", "por", "para", "una", "con", "se", "lo", "o", "da", "do", "dos", "e", "il", "di", "che", "non", "per", "della",
    // German, Dutch
    "der", "und", "den", "das", "ist", "nicht", "mit", "sich", "auf", "ein", "eine", "het", "een", "van", "en", "niet", "zijn",
    // Latin
    "et", "est", "ad", "cum", "sed", "ut", "quod",
];

/// A cheap first test that settles most English documents without the
/// trigram detector (which costs more than all other cleaning together):
/// at least [`MIN_DETECTION_WORDS`] words, at least a tenth of them English
/// function words, and more than twice as many as other languages' ones.
fn is_plainly_english(sample: &str) -> bool {
    let (mut n, mut english, mut other) = (0usize, 0usize, 0usize);
    for word in words(sample) {
        n += 1;
        if word.len() > 5 {
            continue;
        }
        let lower = word.to_lowercase();
        if ENGLISH_FUNCTION_WORDS.contains(&lower.as_str()) {
            english += 1;
        } else if OTHER_FUNCTION_WORDS.contains(&lower.as_str()) {
            other += 1;
        }
    }
    n >= MIN_DETECTION_WORDS && english * 10 >= n && english > 2 * other
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

    #[test]
    fn fast_english_test_is_not_fooled_by_other_languages() {
        let en = "The minister said on Tuesday that the government of the country was ready to hold talks with the rebels in the capital, and that it had been in contact with the United Nations about a ceasefire.";
        assert!(is_plainly_english(en));
        let fr = "Le ministre a déclaré mardi que le gouvernement du pays était prêt à tenir des pourparlers avec les rebelles dans la capitale, et qu'il avait été en contact avec les Nations unies au sujet d'un cessez-le-feu.";
        let de = "Der Minister sagte am Dienstag, die Regierung des Landes sei bereit, in der Hauptstadt Gespräche mit den Rebellen zu führen, und sie habe mit den Vereinten Nationen über eine Waffenruhe gesprochen.";
        let es = "El ministro dijo el martes que el gobierno del país estaba dispuesto a mantener conversaciones con los rebeldes en la capital, y que había estado en contacto con las Naciones Unidas sobre un alto el fuego.";
        for other in [fr, de, es] {
            assert!(!is_plainly_english(other), "{other}");
        }
        assert_eq!(detect_language(de).as_deref(), Some("de"));
        assert!(!is_plainly_english("the of and"), "too short to judge");
        // Names and news verbs with few function words: trigrams say French.
        let names = "Russian troops shelled Ukrainian positions near Donetsk on Monday, officials said. ".repeat(3);
        assert!(is_plainly_english(&names));
        assert_eq!(document_language(&names, None, "en"), "en");
    }
}
