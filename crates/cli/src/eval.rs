//! `dyad eval --gold FILE [--pred FILE] [--variant lowercase|rename-people] [--json] [--failures]`.

use std::path::PathBuf;
use std::process::ExitCode;

use dyad_code::CoderOptions;
use dyad_eval::{
    load_cameo_predictions, load_gold, load_plover_predictions, score_petrarch, score_plover, CameoPrediction, Gold, PetrarchGold,
    PloverGold, PloverPrediction,
};
use dyad_output::cameo_dyads;
use dyad_pipeline::{code, document_from_text};

#[derive(clap::Args)]
pub struct Args {
    /// Gold standard: PLOVER gold-standard records (JSON array or JSON Lines)
    /// or PETRARCH validation XML; recognised from the content.
    #[arg(long, required_unless_present_any = ["geo", "stories"])]
    gold: Option<PathBuf>,
    /// Story-labelled gold (JSON Lines of {id, label, text}, as the NGEC
    /// synthetic stories): the share of stories with an event of their
    /// category, whose most frequent category it is, and with no event.
    /// Scores dyad PLOVER JSON Lines given with --pred (events' `doc_id` =
    /// story id), or dyad's own coding of the stories.
    #[arg(long, conflicts_with_all = ["gold", "geo"], value_name = "GOLD.jsonl")]
    stories: Option<PathBuf>,
    /// Toponym gold (JSON Lines of {id, text, toponyms}, as TR-News): scores
    /// `dyad extract --places` output given with --pred, or dyad's own places
    /// found in the gold texts.
    #[arg(long, conflicts_with = "gold", value_name = "GOLD.jsonl")]
    geo: Option<PathBuf>,
    #[command(flatten)]
    gazetteer: crate::extract::GazetteerArgs,
    /// Predictions: dyad PLOVER JSON Lines (for PLOVER gold) or dyad CAMEO
    /// TSV (for PETRARCH gold). Without it, dyad codes the gold texts itself,
    /// each with its gold date.
    #[arg(long)]
    pred: Option<PathBuf>,
    /// All figures as JSON for programs.
    #[arg(long)]
    json: bool,
    /// List every miss with gold, prediction and evidence.
    #[arg(long)]
    failures: bool,
    /// Dictionaries for dyad's own coding (without --pred).
    #[arg(long)]
    dictionaries: Option<PathBuf>,
    /// For PLOVER gold coded by dyad: rewrite each text first, to see what
    /// the figures rest on: `lowercase` (all letters lower case) or
    /// `rename-people` (every word of the officeholders' names dyad knows
    /// replaced by an invented one).
    #[arg(long, value_enum, conflicts_with = "pred")]
    variant: Option<TextVariant>,
    /// For dyad's own coding: subjects by word order only, without the
    /// dependency parser (for comparison).
    #[arg(long, conflicts_with = "pred")]
    no_syntax: bool,
    /// For PETRARCH validation files coded with a PETRARCH set: code each
    /// record from the parse the file gives (`<Parse>`: a Penn tree or
    /// CoNLL-U) instead of dyad's own parse of its text, for comparison; a
    /// record whose parse cannot be read codes nothing (PETRARCH rejects it).
    #[arg(long, conflicts_with = "pred")]
    use_given_parse: bool,
}

/// `--variant` values.
#[derive(Clone, Copy, clap::ValueEnum)]
enum TextVariant {
    Lowercase,
    RenamePeople,
}

/// Codes every gold text with its gold date and turns the events into
/// predictions, keeping each event's evidence for `--failures`.
fn code_plover_gold(gold: &PloverGold, dictionaries: Option<&PathBuf>, variant: Option<TextVariant>, no_syntax: bool) -> Result<Vec<PloverPrediction>, String> {
    use dyad_eval::variants::{Rewriter, Variant};
    let dict = crate::code::load_dictionaries(dictionaries)?;
    let opts = CoderOptions { no_syntax, ..CoderOptions::default() };
    let rewriter = variant.map(|v| {
        let v = match v {
            TextVariant::Lowercase => Variant::Lowercase,
            TextVariant::RenamePeople => Variant::RenamePeople,
        };
        let names = dict.officeholders.iter().flat_map(|o| std::iter::once(o.name.as_str()).chain(o.aliases.iter().map(String::as_str)));
        Rewriter::new(v, names, |w| dict.lexicon.classes(dict.vocab.get(w)).known())
    });
    let mut preds = Vec::new();
    for r in &gold.records {
        let date = r.date.as_deref().and_then(|d| chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d").ok());
        let text = rewriter.as_ref().map_or_else(|| r.text.clone(), |rw| rw.rewrite(&r.text));
        let doc = document_from_text(&r.id, &text, date.or(Some(DEFAULT_DATE)));
        let (events, _) = code(&doc, &dict, &opts);
        for e in &events {
            let evidence = serde_json::json!({
                "pattern": e.evidence.pattern_id,
                "event_text": e.event_text,
                "actor": e.actor.iter().map(|a| &a.entity_text).collect::<Vec<_>>(),
                "recipient": e.recipient.iter().map(|a| &a.entity_text).collect::<Vec<_>>(),
            });
            preds.push(
                PloverPrediction::new(
                    r.id.clone(),
                    vec![e.category],
                    e.actor.iter().map(|a| a.code.clone()).collect(),
                    e.recipient.iter().map(|a| a.code.clone()).collect(),
                )
                .with_evidence(evidence),
            );
        }
    }
    Ok(preds)
}

/// Codes every PETRARCH record and expands the events into CAMEO dyads.
fn code_petrarch_gold(gold: &PetrarchGold, dictionaries: Option<&PathBuf>) -> Result<Vec<CameoPrediction>, String> {
    let dict = crate::code::load_dictionaries(dictionaries)?;
    let opts = CoderOptions::default();
    let mut preds = Vec::new();
    for r in &gold.records {
        let date = record_date(&r.date);
        let doc = document_from_text(&r.id, &r.text, date.or(Some(DEFAULT_DATE)));
        let (events, _) = code(&doc, &dict, &opts);
        for e in &events {
            for d in cameo_dyads(e) {
                preds.push(CameoPrediction::new(r.key.clone(), d.source_code(), d.target_code(), d.code.code));
            }
        }
    }
    Ok(preds)
}

/// The PETRARCH set to code a validation file with: the files its
/// `<Environment>` names, in `--dictionaries DIR` when that holds a PETRARCH
/// set, else in `dictionaries/` beside the file's folder (PETRARCH's layout);
/// or the set `--dictionaries DIR` holds when the file names none. `None`
/// when neither applies: the records are then coded with dyad's own
/// dictionaries.
fn petrarch_set_for(gold: &PetrarchGold, gold_path: &std::path::Path, dictionaries: Option<&PathBuf>) -> Result<Option<dyad_petrarch::PetrarchSet>, String> {
    use dyad_petrarch::{PetrarchSet, SetFiles};
    let mut named = SetFiles::default();
    for (kind, value) in &gold.environment {
        named.set(kind, value);
    }
    let given = dictionaries.filter(|d| !dyad_dict::petrarch::files_of_a_set(d).is_empty());
    let (dir, files) = match (given, named.verbs.is_some()) {
        (Some(dir), true) if dir.join(named.verbs.as_deref().unwrap_or_default()).is_file() => (dir.clone(), named),
        (Some(dir), _) => (dir.clone(), SetFiles::detect(dir)),
        (None, true) if dictionaries.is_none() => {
            let Some(parent) = gold_path.parent() else { return Ok(None) };
            (parent.join("../dictionaries"), named)
        }
        _ => return Ok(None),
    };
    PetrarchSet::load(&dir, &files).map(Some).map_err(|e| e.to_string())
}

/// Codes every record with a PETRARCH set, each with its own date and the
/// `require_dyad` setting the file's `<Config>` elements give it.
fn code_petrarch_gold_with_set(gold: &PetrarchGold, set: dyad_petrarch::PetrarchSet, use_given_parse: bool) -> Vec<CameoPrediction> {
    let coder = dyad_petrarch::PetrarchCoder::new(set);
    eprintln!("dyad: coding with the PETRARCH set in {}: {}", coder.set().dir.display(), coder.set().report);
    let mut preds = Vec::new();
    let (mut unreadable, mut without_parse) = (0, 0);
    // Settings of the file's <Config> elements dyad does not apply, with
    // the number of records they were in effect for.
    let mut unapplied: std::collections::BTreeMap<&str, usize> = std::collections::BTreeMap::new();
    for r in &gold.records {
        for (option, value) in &r.config {
            let default = matches!((option.as_str(), value.as_str()), ("new_actor_length" | "comma_emax", "0"));
            let applied = option.eq_ignore_ascii_case("require_dyad") && dyad_petrarch::config_bool(value).is_some();
            if !applied && !default {
                *unapplied.entry(option.as_str()).or_default() += 1;
            }
        }
    }
    if !unapplied.is_empty() {
        let list: Vec<String> = unapplied.iter().map(|(o, n)| format!("{o} ({n} records)")).collect();
        eprintln!("dyad: <Config> settings not applied: {}", list.join(", "));
    }
    for r in &gold.records {
        let date = record_date(&r.date);
        let mut options = dyad_petrarch::Options::default();
        for (option, value) in &r.config {
            if option.eq_ignore_ascii_case("require_dyad") {
                if let Some(v) = dyad_petrarch::config_bool(value) {
                    options.require_dyad = v;
                }
            }
        }
        let events = if use_given_parse && !r.parse.trim().is_empty() {
            match coder.code_given_parse(&r.text, &r.parse, date, &options) {
                Ok(sentences) => sentences.into_iter().flat_map(|s| s.events).collect(),
                Err(e) => {
                    eprintln!("dyad: {} (line {}): given parse not read, nothing coded: {e}", r.key, r.line);
                    unreadable += 1;
                    Vec::new()
                }
            }
        } else {
            if use_given_parse {
                without_parse += 1;
            }
            coder.code_text(&r.text, date, &options).into_iter().flat_map(|s| s.events).collect()
        };
        for e in events {
            preds.push(CameoPrediction::new(r.key.clone(), &e.source, &e.target, &e.code));
        }
    }
    if use_given_parse {
        eprintln!(
            "dyad: coded from the given parses: {} records; parse not read: {unreadable}; no parse (coded from dyad's own): {without_parse}",
            gold.records.len() - unreadable - without_parse
        );
    }
    preds
}

/// A validation record's date: `YYYYMMDD`, or `YYMMDD` as some of
/// UniversalPetrarch's records write it (`121108`).
fn record_date(text: &str) -> Option<chrono::NaiveDate> {
    let t = text.trim();
    match t.len() {
        8 => chrono::NaiveDate::parse_from_str(t, "%Y%m%d").ok(),
        6 => chrono::NaiveDate::parse_from_str(t, "%y%m%d").ok(),
        _ => None,
    }
}

/// Date for gold records without one (officeholders are then looked up on it).
const DEFAULT_DATE: chrono::NaiveDate = match chrono::NaiveDate::from_ymd_opt(2000, 1, 1) {
    Some(d) => d,
    None => panic!("valid date"),
};

/// `--geo`: places found in (or predicted for) the gold texts, scored.
fn run_geo(args: &Args, path: &std::path::Path) -> Result<(Result<String, serde_json::Error>, String), String> {
    use dyad_eval::geo::{load_geo_gold, load_geo_predictions, score_geo, PredictedPlace};
    let gold = load_geo_gold(path).map_err(|e| e.to_string())?;
    let gazetteer = args.gazetteer.load()?;
    let preds = match &args.pred {
        Some(p) => load_geo_predictions(p).map_err(|e| e.to_string())?,
        None => gold
            .iter()
            .map(|d| {
                let doc = document_from_text(&d.id, &d.text, None);
                // The gold offsets refer to the text as given: no trimming.
                let doc = dyad_ingest::Document { text: d.text.clone(), ..doc };
                let seg = dyad_pipeline::segment(doc);
                let places = dyad_pipeline::places(&seg, &gazetteer);
                let offsets = dyad_segment::CharOffsets::new(&seg.doc.text);
                let ps = places
                    .places
                    .iter()
                    .map(|p| PredictedPlace {
                        start: offsets.char_offset(p.span.start),
                        end: offsets.char_offset(p.span.end),
                        text: p.span.text(&seg.doc.text).to_string(),
                        geonameid: p.record.geonameid as u64,
                        country_code: p.record.country.to_string(),
                        lat: p.record.lat,
                        lon: p.record.lon,
                    })
                    .collect();
                (d.id.clone(), ps)
            })
            .collect(),
    };
    let names = |iso3: &str| gazetteer.country(iso3).map(|c| c.name.to_string());
    let report = score_geo(&gold, &preds, &names);
    Ok((serde_json::to_string_pretty(&report), report.render_text(args.failures)))
}

/// `--stories`: story categories found, top and none.
fn run_stories(args: &Args, path: &std::path::Path) -> Result<(Result<String, serde_json::Error>, String), String> {
    use dyad_eval::stories::{load_stories, score_stories};
    let stories = load_stories(path).map_err(|e| e.to_string())?;
    let mut predicted: std::collections::HashMap<String, Vec<String>> = std::collections::HashMap::new();
    match &args.pred {
        Some(p) => {
            let text = std::fs::read_to_string(p).map_err(|e| format!("cannot read {}: {e}", p.display()))?;
            for (i, line) in text.lines().enumerate().filter(|(_, l)| !l.trim().is_empty()) {
                let v: serde_json::Value = serde_json::from_str(line).map_err(|e| format!("{}:{}: {e}", p.display(), i + 1))?;
                let doc = v["doc_id"].as_str().ok_or_else(|| format!("{}:{}: no doc_id", p.display(), i + 1))?;
                let cats = predicted.entry(doc.to_string()).or_default();
                for c in v["event"].as_array().into_iter().flatten().filter_map(|c| c.as_str()) {
                    cats.push(c.to_string());
                }
            }
        }
        None => {
            let dict = crate::code::load_dictionaries(args.dictionaries.as_ref())?;
            // Undated stories are coded as of today, as `dyad code` codes them.
            let today = chrono::Local::now().date_naive();
            let opts = CoderOptions { default_date: Some(today), no_syntax: args.no_syntax, ..CoderOptions::default() };
            for s in &stories {
                let doc = document_from_text(&s.id, &s.text, Some(today));
                let (events, _) = code(&doc, &dict, &opts);
                predicted.insert(s.id.clone(), events.iter().map(|e| e.category.as_str().to_string()).collect());
            }
        }
    }
    let report = score_stories(&stories, &predicted);
    Ok((serde_json::to_string_pretty(&report), report.render_text()))
}

pub fn run(args: Args) -> Result<ExitCode, String> {
    if args.use_given_parse && (args.stories.is_some() || args.geo.is_some()) {
        return Err("--use-given-parse is for PETRARCH validation files (--gold FILE.xml)".into());
    }
    if let Some(path) = args.stories.clone() {
        return print_report(args.json, run_stories(&args, &path)?);
    }
    if let Some(path) = args.geo.clone() {
        return print_report(args.json, run_geo(&args, &path)?);
    }
    let gold_path = args.gold.clone().ok_or("--gold or --geo is required")?;
    let gold = load_gold(&gold_path).map_err(|e| e.to_string())?;
    let (json, text) = match gold {
        Gold::Plover(_) if args.use_given_parse => return Err("--use-given-parse is for PETRARCH validation files (--gold FILE.xml)".into()),
        Gold::Plover(gold) => {
            let preds = match &args.pred {
                Some(pred) => load_plover_predictions(pred).map_err(|e| e.to_string())?,
                None => code_plover_gold(&gold, args.dictionaries.as_ref(), args.variant, args.no_syntax)?,
            };
            let report = score_plover(&gold, &preds);
            (serde_json::to_string_pretty(&report), report.render_text(args.failures))
        }
        Gold::Petrarch(gold) => {
            let preds = match &args.pred {
                Some(pred) => load_cameo_predictions(pred).map_err(|e| e.to_string())?,
                None => match petrarch_set_for(&gold, &gold_path, args.dictionaries.as_ref())? {
                    Some(set) => {
                        code_petrarch_gold_with_set(&gold, set, args.use_given_parse)
                    }
                    None if args.use_given_parse => {
                        return Err("--use-given-parse codes with a PETRARCH set: the file names none in its <Environment>, or it was not found (give --dictionaries DIR)".into())
                    }
                    None => code_petrarch_gold(&gold, args.dictionaries.as_ref())?,
                },
            };
            let report = score_petrarch(&gold, &preds);
            (serde_json::to_string_pretty(&report), report.render_text(args.failures))
        }
    };
    print_report(args.json, (json, text))
}

/// Prints a report as JSON for programs or as text for people.
fn print_report(json: bool, (as_json, as_text): (Result<String, serde_json::Error>, String)) -> Result<ExitCode, String> {
    if json {
        crate::print_out(&format!("{}\n", as_json.map_err(|e| e.to_string())?))?;
    } else {
        crate::print_out(&as_text)?;
    }
    Ok(ExitCode::SUCCESS)
}
