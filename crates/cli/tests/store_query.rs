//! End-to-end tests of asking the store from the command line: `dyad query`
//! filters and aggregates and `dyad export`/`--format parquet`, on a
//! database of the shared Guardian corpus, every answer checked against a
//! recount of the unfiltered listing.

mod common;

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::Path;

use common::store::*;
use common::{dyad, shared, stderr, stdout};

// ---------------------------------------------------------------------
// 4. Filters.

/// Checks that `args` selects exactly the rows of `all` that `keep` accepts,
/// and that this is some but not all of them.
fn check_filter(db: &Path, level: &[&str], args: &[&str], all: &Csv, keep: &dyn Fn(&Csv, &[String]) -> bool) {
    let mut full: Vec<&str> = level.to_vec();
    full.extend_from_slice(args);
    let got = query(db, &full);
    assert_eq!(got.header, all.header);
    let expected: Vec<Vec<String>> = all.rows.iter().filter(|r| keep(all, r)).cloned().collect();
    assert!(!expected.is_empty() && expected.len() < all.rows.len(), "{full:?} should select some rows, not all: {} of {}", expected.len(), all.rows.len());
    assert_eq!(got.rows.len(), expected.len(), "{full:?}");
    assert!(got.rows == expected, "{full:?} selected other rows than expected");
}

#[test]
fn query_filters_select_exactly_the_rows_that_match() {
    let Some(corpus) = shared(GUARDIAN) else { return };
    let Some(db) = guardian_db() else { return };
    let texts = guardian_texts(&corpus);
    let stories = query(db, &[]);
    let reports = query(db, &["--reports"]);
    assert_eq!(stories.rows.len() as u64, counts(db).stories);
    assert_eq!(reports.rows.len() as u64, counts(db).events);
    assert!(reports.rows.len() > stories.rows.len());

    // Which stories each document told.
    let mut stories_of_doc: HashMap<&str, BTreeSet<&str>> = HashMap::new();
    for r in &reports.rows {
        stories_of_doc.entry(&r[reports.col("doc_id")]).or_default().insert(&r[reports.col("story")]);
    }
    let words = |text: &str| -> BTreeSet<String> { text.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(str::to_lowercase).collect() };
    let with_word = |w: &str| -> BTreeSet<&str> { texts.iter().filter(|(_, t)| words(t).contains(w)).map(|(id, _)| id.as_str()).collect() };
    let chemical_docs = with_word("chemical");
    let chemical_stories: BTreeSet<&str> = chemical_docs.iter().flat_map(|d| stories_of_doc.get(d).into_iter().flatten().copied()).collect();

    for (level, all) in [(&[][..], &stories), (&["--reports"][..], &reports)] {
        let is_stories = level.is_empty();
        let (first, last) = if is_stories { ("first_date", "last_date") } else { ("date", "date") };
        let party = |c: &Csv, r: &[String], col: &str, code: Option<&str>, sector: Option<&str>| {
            parties(&r[c.col(col)]).iter().any(|(pc, ps)| code.is_none_or(|x| x == *pc) && sector.is_none_or(|x| x == *ps))
        };
        // Events of stories overlapping the first half of 2018.
        check_filter(db, level, &["--from", "2018-01-01", "--to", "2018-06-30"], all, &|c, r| r[c.col(last)].as_str() >= "2018-01-01" && r[c.col(first)].as_str() <= "2018-06-30");
        check_filter(db, level, &["--from", "2019-01-01"], all, &|c, r| r[c.col(last)].as_str() >= "2019-01-01");
        check_filter(db, level, &["--to", "2017-12-31"], all, &|c, r| r[c.col(first)].as_str() <= "2017-12-31");
        check_filter(db, level, &["--actor", "RUS"], all, &|c, r| party(c, r, "actor", Some("RUS"), None));
        check_filter(db, level, &["--actor", "/MIL"], all, &|c, r| party(c, r, "actor", None, Some("MIL")));
        check_filter(db, level, &["--actor", "rus/mil"], all, &|c, r| party(c, r, "actor", Some("RUS"), Some("MIL")));
        check_filter(db, level, &["--recipient", "SYR"], all, &|c, r| party(c, r, "recipient", Some("SYR"), None));
        check_filter(db, level, &["--recipient", "IMG/REB"], all, &|c, r| party(c, r, "recipient", Some("IMG"), Some("REB")));
        check_filter(db, level, &["--actor", "USA", "--recipient", "SYR"], all, &|c, r| party(c, r, "actor", Some("USA"), None) && party(c, r, "recipient", Some("SYR"), None));
        check_filter(db, level, &["--category", "assault"], all, &|c, r| r[c.col("category")] == "ASSAULT");
        check_filter(db, level, &["--category", "ASSAULT", "--category", "AID"], all, &|c, r| ["ASSAULT", "AID"].contains(&r[c.col("category")].as_str()));
        check_filter(db, level, &["--mode", "visit"], all, &|c, r| r[c.col("mode")].split(';').any(|m| m == "visit"));
        check_filter(db, level, &["--mode", "primitive"], all, &|c, r| r[c.col("mode")].split(';').any(|m| m == "primitive"));
        check_filter(db, level, &["--country", "syr"], all, &|c, r| r[c.col("country")] == "SYR");
        // Within 300 km of Damascus.
        let damascus = (33.51, 36.29);
        check_filter(db, level, &["--near", "33.51,36.29,300"], all, &|c, r| {
            let (lat, lon) = (&r[c.col("lat")], &r[c.col("lon")]);
            !lat.is_empty() && !lon.is_empty() && km(damascus, (num(lat), num(lon))) <= 300.0
        });
        check_filter(db, level, &["--text", "chemical"], all, &|c, r| {
            if is_stories {
                chemical_stories.contains(r[c.col("story")].as_str())
            } else {
                chemical_docs.contains(r[c.col("doc_id")].as_str())
            }
        });
        // Filters combine.
        check_filter(db, level, &["--category", "ASSAULT", "--country", "SYR", "--from", "2019-01-01"], all, &|c, r| {
            r[c.col("category")] == "ASSAULT" && r[c.col("country")] == "SYR" && r[c.col(last)].as_str() >= "2019-01-01"
        });
        // --limit: the first rows of the same order.
        let limited = query(db, &[level, &["--limit", "7"][..]].concat());
        assert_eq!(limited.rows, all.rows[..7].to_vec(), "{level:?} --limit 7");
        // The Guardian corpus has one source: no story has two.
        assert_eq!(query(db, &[level, &["--min-sources", "1"][..]].concat()).rows, all.rows, "{level:?}");
        assert_eq!(query(db, &[level, &["--min-sources", "2"][..]].concat()).rows.len(), 0, "{level:?}");
    }
    // --text is an FTS5 query: phrases and prefixes, case-insensitive.
    assert!(!chemical_docs.is_empty() && chemical_docs.len() < texts.len());
    let prefix = query(db, &["--reports", "--text", "CHEMIC*"]);
    assert_eq!(prefix.rows, query(db, &["--reports", "--text", "chemical OR chemicals"]).rows);
    let phrase: BTreeSet<&str> = texts.iter().filter(|(_, t)| t.to_lowercase().contains("chemical weapons")).map(|(id, _)| id.as_str()).collect();
    let got: BTreeSet<String> = query(db, &["--reports", "--text", "\"chemical weapons\""]).column("doc_id").into_iter().map(String::from).collect();
    let want: BTreeSet<String> = reports.column("doc_id").into_iter().filter(|d| phrase.contains(d)).map(String::from).collect();
    assert!(!want.is_empty());
    assert_eq!(got, want);
    // A malformed FTS query is an error, not an empty answer.
    let bad = dyad(&["query", "--db", s(db), "--text", "a AND ("]);
    assert_eq!(bad.status.code(), Some(2), "{}", stderr(&bad));
    assert!(stderr(&bad).contains("--text"), "{}", stderr(&bad));
    // --min-sources on the merge fixture, where one story has two sources.
    let dir = tempfile::tempdir().unwrap();
    let m = dir.path().join("m.db");
    ingest(&m, MERGE, &[]);
    let all = query(&m, &[]);
    check_filter(&m, &[], &["--min-sources", "2"], &all, &|c, r| num(&r[c.col("num_sources")]) >= 2.0);
    let all = query(&m, &["--reports"]);
    check_filter(&m, &["--reports"], &["--min-sources", "2"], &all, &|c, r| ["m1", "m2"].contains(&r[c.col("doc_id")].as_str()));
}

// ---------------------------------------------------------------------
// 5. Aggregates.

/// Period of a day as `--count-by` names it.
fn period(by: &str, date: &str) -> String {
    match by {
        "day" => date.to_string(),
        "week" => civil(day_number(date) - weekday(date)),
        "month" => date[..7].to_string(),
        "year" => date[..4].to_string(),
        _ => unreachable!(),
    }
}

/// `YYYY-MM-DD` of a day number (the inverse of [`day_number`]).
fn civil(z: i64) -> String {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    format!("{y:04}-{m:02}-{d:02}")
}

#[test]
fn counts_by_period_and_group_add_up_to_the_listing() {
    let Some(db) = guardian_db() else { return };
    let stories = query(db, &[]);
    let reports = query(db, &["--reports"]);
    // A story's quad code is its reports' (one category, one quad).
    let mut story_quad: HashMap<&str, &str> = HashMap::new();
    for r in &reports.rows {
        let q = &r[reports.col("quad_code")];
        let old = story_quad.insert(&r[reports.col("story")], q);
        assert!(old.is_none_or(|o| o == q), "a story with two quad codes");
    }
    assert_eq!(weekday("2019-04-08"), 0, "a Monday");
    for date in ["1970-01-01", "2016-02-29", "2018-12-31", "2019-03-01", "2020-03-01"] {
        assert_eq!(civil(day_number(date)), date);
    }
    assert_eq!(period("week", "2019-04-14"), "2019-04-08");
    assert_eq!(period("week", "2019-03-03"), "2019-02-25");
    assert_eq!(period("week", "2019-01-01"), "2018-12-31");

    for (level, all, date_col) in [(&[][..], &stories, "first_date"), (&["--reports"][..], &reports, "date")] {
        let group_value = |g: &str, r: &[String]| -> String {
            let c = |n: &str| r[all.col(n)].clone();
            match g {
                "category" => c("category"),
                "quad" => {
                    if all.header.contains(&"quad_code".to_string()) {
                        c("quad_code")
                    } else {
                        story_quad[c("story").as_str()].to_string()
                    }
                }
                "dyad" => format!("{} > {}", c("actor"), c("recipient")),
                "actor" => c("actor"),
                "country" => c("country"),
                _ => String::new(),
            }
        };
        for by in ["day", "week", "month", "year"] {
            for group in [None, Some("category"), Some("quad"), Some("dyad"), Some("actor"), Some("country")] {
                let mut args: Vec<&str> = level.to_vec();
                args.extend(["--count-by", by]);
                if let Some(g) = group {
                    args.extend(["--group", g]);
                }
                let got = query(db, &args);
                let mut header = vec!["period".to_string()];
                header.extend(group.map(|g| if g == "quad" { "quad_code".to_string() } else { g.to_string() }));
                header.extend(["events", "goldstein_sum", "goldstein_mean"].map(String::from));
                assert_eq!(got.header, header, "{args:?}");
                // The counts and sums, recomputed from the listing.
                let mut want: BTreeMap<(String, String), (u64, f64)> = BTreeMap::new();
                for r in &all.rows {
                    let key = (period(by, &r[all.col(date_col)]), group.map(|g| group_value(g, r)).unwrap_or_default());
                    let e = want.entry(key).or_default();
                    e.0 += 1;
                    e.1 += num(&r[all.col("goldstein")]);
                }
                let mut total = 0;
                let mut seen = BTreeMap::new();
                for r in &got.rows {
                    let p = &r[0];
                    if by == "week" {
                        assert_eq!(weekday(p), 0, "{args:?}: week {p} is not named by its Monday");
                    }
                    let g = if group.is_some() { r[1].clone() } else { String::new() };
                    let events: u64 = r[got.col("events")].parse().unwrap();
                    let sum = num(&r[got.col("goldstein_sum")]);
                    let mean = num(&r[got.col("goldstein_mean")]);
                    assert!((mean - sum / events as f64).abs() <= 0.001, "{args:?}: mean {mean} of {events} events summing to {sum}");
                    total += events;
                    seen.insert((p.clone(), g), (events, sum));
                }
                assert_eq!(total, all.rows.len() as u64, "{args:?}: counts add up to the listing");
                assert_eq!(seen.len(), got.rows.len(), "{args:?}: one row per period and group");
                assert_eq!(seen.keys().collect::<Vec<_>>(), want.keys().collect::<Vec<_>>(), "{args:?}");
                for (k, (n, sum)) in &want {
                    let (gn, gsum) = seen[k];
                    assert_eq!(gn, *n, "{args:?} {k:?}");
                    assert!((gsum - sum).abs() <= 0.001, "{args:?} {k:?}: goldstein_sum {gsum}, listing sums to {sum}");
                }
                if group.is_none() {
                    assert!(got.rows.len() > 1 && got.rows.windows(2).all(|w| w[0][0] < w[1][0]), "{args:?}: periods in order");
                }
            }
        }
        // The dyad matrix.
        let matrix = query(db, &[level, &["--matrix"][..]].concat());
        assert_eq!(matrix.header, ["actor", "recipient", "events", "goldstein_sum"]);
        let mut want: BTreeMap<(String, String), u64> = BTreeMap::new();
        for r in &all.rows {
            *want.entry((r[all.col("actor")].clone(), r[all.col("recipient")].clone())).or_default() += 1;
        }
        let got: BTreeMap<(String, String), u64> = matrix.rows.iter().map(|r| ((r[0].clone(), r[1].clone()), r[2].parse().unwrap())).collect();
        assert_eq!(got.len(), matrix.rows.len(), "one row per dyad");
        assert_eq!(got.values().sum::<u64>(), all.rows.len() as u64, "{level:?}: the matrix adds up");
        assert_eq!(got, want, "{level:?}");
        let events: Vec<u64> = matrix.rows.iter().map(|r| r[2].parse().unwrap()).collect();
        assert!(events.windows(2).all(|w| w[0] >= w[1]), "most frequent first");
        // Filters apply to aggregates too.
        let assault: u64 = query(db, &[level, &["--count-by", "year", "--category", "ASSAULT"][..]].concat()).column("events").iter().map(|n| n.parse::<u64>().unwrap()).sum();
        assert_eq!(assault, all.column("category").iter().filter(|c| **c == "ASSAULT").count() as u64);
    }
}

// ---------------------------------------------------------------------
// 6. Parquet.

/// Whether a Parquet cell read back is the CSV cell (numbers compared as
/// numbers: the two print them differently).
fn same_cell(parquet: &Option<String>, csv: &str) -> bool {
    match parquet {
        None => csv.is_empty(),
        Some(p) => p == csv || matches!((p.parse::<f64>(), csv.parse::<f64>()), (Ok(a), Ok(b)) if a == b),
    }
}

fn assert_same_rows(what: &str, names: &[String], rows: &[Vec<Option<String>>], csv: &Csv) {
    assert_eq!(names, csv.header, "{what}: columns");
    assert_eq!(rows.len(), csv.rows.len(), "{what}: rows");
    for (p, c) in rows.iter().zip(&csv.rows) {
        for ((name, pv), cv) in names.iter().zip(p).zip(c) {
            assert!(same_cell(pv, cv), "{what}: column {name}: Parquet {pv:?}, CSV {cv:?}");
        }
    }
}

#[test]
fn export_writes_every_report_to_monthly_parquet_files() {
    let Some(db) = guardian_db() else { return };
    let reports = query(db, &["--reports"]);
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("events");
    let (_, err) = ok(&["export", "--db", s(db), "--out", s(&out)]);
    let months: BTreeSet<&str> = reports.column("date").iter().map(|d| &d[..7]).collect();
    assert!(err.contains(&format!("wrote {} event reports in {} files under", reports.rows.len(), months.len())), "{err}");

    let mut files = Vec::new();
    for year in std::fs::read_dir(&out).unwrap() {
        let year = year.unwrap().path();
        for month in std::fs::read_dir(&year).unwrap() {
            let month = month.unwrap().path();
            let names: Vec<String> = std::fs::read_dir(&month).unwrap().map(|f| f.unwrap().file_name().into_string().unwrap()).collect();
            assert_eq!(names, ["events.parquet"], "{}", month.display());
            files.push(month.join("events.parquet"));
        }
    }
    files.sort();
    let folders: Vec<String> = files.iter().map(|f| f.strip_prefix(&out).unwrap().parent().unwrap().to_str().unwrap().to_string()).collect();
    let want: Vec<String> = months.iter().map(|m| format!("year={}/month={}", &m[..4], &m[5..7])).collect();
    assert_eq!(folders, want, "one folder per month with events");

    let mut all_rows = Vec::new();
    let mut names = Vec::new();
    for (file, month) in files.iter().zip(&months) {
        let (n, rows) = dyad_store::parquet::read_rows(file).unwrap();
        assert!(!rows.is_empty(), "{}", file.display());
        let date = n.iter().position(|c| c == "date").unwrap();
        for r in &rows {
            assert!(r[date].as_deref().unwrap().starts_with(month), "{}: a row of {:?}", file.display(), r[date]);
        }
        names = n;
        all_rows.extend(rows);
    }
    assert_eq!(all_rows.len(), reports.rows.len(), "every report exported once");
    // The rows are the reports `query --reports` lists, in the same order
    // (by date), column by column.
    assert_same_rows("export", &names, &all_rows, &reports);
    let ids: BTreeSet<&str> = all_rows.iter().map(|r| r[0].as_deref().unwrap()).collect();
    assert_eq!(ids.len(), reports.rows.len(), "report ids are unique");
}

#[test]
fn query_answers_round_trip_through_parquet() {
    let Some(db) = guardian_db() else { return };
    let dir = tempfile::tempdir().unwrap();
    for (k, args) in [&[][..], &["--reports"], &["--count-by", "week", "--group", "category"], &["--matrix"], &["--category", "AID", "--reports"]].iter().enumerate() {
        let file = dir.path().join(format!("q{k}.parquet"));
        let mut all = vec!["query", "--db", s(db), "--format", "parquet", "--out", s(&file)];
        all.extend_from_slice(args);
        let (printed, err) = ok(&all);
        assert_eq!(printed, "", "Parquet goes to the file only");
        let csv = query(db, args);
        assert!(err.contains(&format!("wrote {} rows to", csv.rows.len())), "{err}");
        let (names, rows) = dyad_store::parquet::read_rows(&file).unwrap();
        assert!(!rows.is_empty());
        assert_same_rows(&format!("{args:?}"), &names, &rows, &csv);
    }
    // An empty answer is a file with the columns and no rows.
    let empty = dir.path().join("empty.parquet");
    ok(&["query", "--db", s(db), "--format", "parquet", "--out", s(&empty), "--from", "1900-01-01", "--to", "1900-01-02"]);
    let (names, rows) = dyad_store::parquet::read_rows(&empty).unwrap();
    assert_eq!((names, rows.len()), (query(db, &[]).header, 0));
    // Without --out there is nowhere to write: a usage error, nothing printed.
    let out = dyad(&["query", "--db", s(db), "--format", "parquet"]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(stderr(&out).contains("--out"), "{}", stderr(&out));
    assert_eq!(stdout(&out), "");
}

#[test]
fn an_unknown_category_is_an_error_and_legacy_names_are_read() {
    let out = dyad(&["query", "--db", "nowhere.db", "--category", "FOO"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("\"FOO\" is no PLOVER category (one of AGREE,"), "{}", stderr(&out));
    let Some(db) = guardian_db() else { return };
    assert_eq!(query(db, &["--category", "demand"]), query(db, &["--category", "REQUEST"]), "DEMAND is REQUEST's old name");
}
