//! The time a sentence gives its events: a weekday or "yesterday" moves
//! the date back a few days; an explicit past date ("on 12 March 2015")
//! becomes the event's date; a past time known only to the year or vaguer
//! ("in 1964", "in March 2015", "three years ago", "last year", "in the
//! 1990s") makes the events historical (PLOVER auxiliary mode), left out of
//! the default output.

use chrono::{Datelike, Duration, NaiveDate, Weekday};
use dyad_recognize::Recognized;

/// When a sentence's events happened.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct When {
    /// The document's day or one the sentence names (with the words).
    pub day: NaiveDate,
    /// The words that named the day.
    pub day_text: Option<String>,
    /// Where those words are (token index), when the sentence named a day.
    day_at: Option<usize>,
    /// A past time known to the year or vaguer, for the events it applies to.
    pub past: Option<Past>,
}

/// A time before the news: a past year or vaguer (the words, the index of
/// their first token, where the relative clause they sit in closes: "Andorra, which
/// received sovereignty in 1983, has been negotiating", and where it opens).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Past {
    Historical(String, usize, Option<usize>, Option<usize>),
    /// "seven years after expelling it": only the events after the words
    /// are that far back; the clause they date is the news.
    Before(String, usize),
}

impl When {
    /// Whether the past time applies to the event words at tokens
    /// `start..end`: it comes before them ("In 1964, X invaded"), or shortly
    /// after them in the same stretch ("invaded Crimea in 2014"), not at the
    /// end of a long modifier ("began a strike over land seized by the army
    /// in the 1970s").
    pub(crate) fn historical_for(&self, start: usize, end: usize) -> Option<&str> {
        if let Some(Past::Before(expr, at)) = self.past.as_ref() {
            return (start > *at).then_some(expr.as_str());
        }
        let Some(Past::Historical(_, at, _, _)) = self.past.as_ref() else { return None };
        // Nearer to the news's own day than to the past time: "signed an
        // agreement today to increase trade in 1983".
        if let Some(d) = self.day_at {
            let dist = |x: usize| if x < start { start - x } else { x.saturating_sub(end) };
            if dist(d) <= dist(*at) {
                return None;
            }
        }
        match self.past.as_ref()? {
            // Inside a relative clause that closes before the event words: the
            // clause's own time, not the event's.
            Past::Historical(_, at, Some(close), _) if *at < start && *close < start => None,
            // Inside a relative clause that opens after the event words:
            // "released an American citizen who had been held for more than
            // two years" dates the holding, not the release.
            Past::Historical(_, at, _, Some(open)) if *at > end && *open >= end => None,
            // A sum over years closes the clause it sums up, however long
            // ("killed or wounded 4,315 enemy fighters in Iraq and Syria
            // since 2014").
            Past::Historical(expr, at, _, _) if *at < start || at.saturating_sub(end) <= if expr.starts_with("since") { 12 } else { 6 } => Some(expr),
            _ => None,
        }
    }
}

fn month(w: &str) -> Option<u32> {
    Some(match w.trim_end_matches('.') {
        "january" | "jan" => 1,
        "february" | "feb" => 2,
        "march" | "mar" => 3,
        "april" | "apr" => 4,
        "may" => 5,
        "june" | "jun" => 6,
        "july" | "jul" => 7,
        "august" | "aug" => 8,
        "september" | "sep" | "sept" => 9,
        "october" | "oct" => 10,
        "november" | "nov" => 11,
        "december" | "dec" => 12,
        _ => return None,
    })
}

fn year(w: &str) -> Option<i32> {
    let single = |w: &str| (w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit())).then(|| w.parse().ok()).flatten().filter(|y| (1800..=2200).contains(y));
    single(w).or_else(|| year_range_end(w, single))
}

/// The last year of a range written as one word ("2013-14", "2013-2014",
/// "2013–14"): a span is as far back as its end.
fn year_range_end(w: &str, single: impl Fn(&str) -> Option<i32>) -> Option<i32> {
    let (from, to) = w.split_once('-').or_else(|| w.split_once('\u{2013}'))?;
    let first = single(from)?;
    let last = match to.len() {
        2 if to.bytes().all(|b| b.is_ascii_digit()) => first / 100 * 100 + to.parse::<i32>().ok()?,
        4 => single(to)?,
        _ => return None,
    };
    (last > first).then_some(last)
}

/// A year, also written as one word with its part ("mid-2016",
/// "early-2015").
fn year_with_part(w: &str) -> Option<i32> {
    year(w).or_else(|| ["mid-", "early-", "late-"].iter().find_map(|p| w.strip_prefix(p)).and_then(year))
}

/// A length of years or decades ("four-decade", "30-year") before a noun of
/// lasting conflict.
fn lasting_conflict(length: &str, noun: &str) -> bool {
    let years = length
        .strip_suffix("-decade")
        .or_else(|| length.strip_suffix("-decades"))
        .map(|n| (n, 10))
        .or_else(|| length.strip_suffix("-year").map(|n| (n, 1)))
        .and_then(|(n, unit)| number_word(n).map(|k| k * unit));
    years.is_some_and(|y| y >= 2)
        && matches!(noun, "insurgency" | "insurgencies" | "war" | "wars" | "conflict" | "civil" | "struggle" | "occupation" | "siege" | "feud" | "rivalry" | "blockade" | "embargo" | "dispute" | "uprising" | "rebellion")
}

fn number_word(w: &str) -> Option<i64> {
    let n = match w {
        "a" | "an" | "one" => 1,
        "two" => 2,
        "three" => 3,
        "four" => 4,
        "five" => 5,
        "six" => 6,
        "seven" => 7,
        "eight" => 8,
        "nine" => 9,
        "ten" => 10,
        "several" | "few" | "some" | "many" => 3,
        "twenty" => 20,
        "thirty" => 30,
        _ => return w.parse().ok(),
    };
    Some(n)
}

/// The time of sentence `rec`'s events, the document dated `date`.
pub(crate) fn when(rec: &Recognized<'_>, date: NaiveDate) -> When {
    // A weekday, "yesterday", "today": the news's own day, for the events
    // the past time does not apply to.
    let (day, day_text, day_at) = relative_date(rec, date);
    let mut out = When { day, day_text, day_at, past: None };
    match when_raw(rec, date) {
        Raw::Historical(expr, at) => {
            let s = &rec.sentence;
            // A "which"/"who" before the words and a comma after them: the
            // relative clause they belong to ends at that comma.
            let opened = s.lower[..at].iter().rposition(|w| matches!(w.as_ref(), "which" | "who" | "whose"));
            let close = opened.and_then(|_| s.lower.iter().enumerate().skip(at).find(|(_, w)| w.as_ref() == ",").map(|(i, _)| i));
            out.past = Some(Past::Historical(expr, at, close, opened));
        }
        Raw::Before(expr, at) => out.past = Some(Past::Before(expr, at)),
        Raw::Day(d, expr) if out.day_text.is_none() => {
            out.day = d;
            out.day_text = expr;
        }
        Raw::Day(..) => {}
    }
    out
}

/// What the sentence says of past time, before weighing it against the
/// news's own day.
enum Raw {
    Day(NaiveDate, Option<String>),
    Historical(String, usize),
    Before(String, usize),
}

fn when_raw(rec: &Recognized<'_>, date: NaiveDate) -> Raw {
    let s = &rec.sentence;
    let w = |i: usize| s.lower.get(i).map(|x| x.as_ref()).unwrap_or("");
    let text = |a: usize, b: usize| s.texts[a..b].join(" ");
    for i in 0..s.lower.len() {
        // Only these words start a time expression: skip the rest cheaply.
        // "a decades-long insurgency", "a long-running feud": a standing
        // conflict, not the day's news.
        if matches!(w(i), "decades-long" | "decade-long" | "years-long" | "long-running") {
            return Raw::Historical(text(i, i + 1), i);
        }
        // "a four-decade insurgency", "its 30-year war": a conflict measured
        // in years is a standing one ("a 40-year-old man" is an age, and
        // "a two-year deal" no conflict).
        if lasting_conflict(w(i), w(i + 1)) {
            return Raw::Historical(text(i, i + 2), i);
        }
        // "echoes of 2003, when Turkey refused": a clause of "when" on a
        // past year tells what happened then. (Without the comma the clause
        // may be the sentence's own: "violated the Conventions of 1949 when
        // it used cluster bombs".)
        if year(w(i)).is_some_and(|y| y < date.year()) && w(i + 1) == "," && w(i + 2) == "when" {
            return Raw::Historical(text(i, i + 3), i);
        }
        // "earlier in the war", "at the start of the conflict", "in the
        // early days of the uprising": a stage of a long war told as past
        // is background, years old in a war's telling.
        let war = |x: &str| matches!(x, "war" | "conflict" | "uprising" | "revolution" | "insurgency" | "occupation" | "crisis");
        if matches!(w(i), "earlier" | "early") && w(i + 1) == "in" && w(i + 2) == "the" && war(w(i + 3)) {
            return Raw::Historical(text(i, i + 4), i);
        }
        if matches!(w(i), "at" | "in") && w(i + 1) == "the" {
            let stage = match (w(i + 2), w(i + 3)) {
                ("start" | "beginning" | "outset", "of") => Some(i + 4),
                ("early" | "first", "days" | "stages" | "months" | "years") if w(i + 4) == "of" => Some(i + 5),
                _ => None,
            };
            if let Some(k) = stage {
                let k = if w(k) == "the" { k + 1 } else { k };
                // ("the Syrian war", "the civil war": one word may describe it.)
                let k = if !war(w(k)) && war(w(k + 1)) { k + 1 } else { k };
                if war(w(k)) {
                    return Raw::Historical(text(i, k + 1), i);
                }
            }
        }
        // "fought a border war from 1998 to 2000", "between 2011 and 2014":
        // a span of years that ended before the article's year is history.
        // "for most of the 2000s", "in the 1990s", "since the 1980s": a
        // decade that ended before the article's year is history.
        if i >= 1 && w(i - 1) == "the" && w(i).len() == 5 && w(i).ends_with('s') {
            if let Some(decade) = w(i)[..4].parse::<i32>().ok().filter(|d| d % 10 == 0 && (1800..2100).contains(d)) {
                if decade + 9 < date.year() {
                    return Raw::Historical(text(i - 1, i + 1), i - 1);
                }
            }
        }
        let span_of_years = (w(i) == "from" && matches!(w(i + 2), "to" | "until" | "till" | "through")) || (w(i) == "between" && w(i + 2) == "and");
        if span_of_years && year(w(i + 1)).is_some() && year(w(i + 3)).is_some_and(|y| y < date.year()) {
            return Raw::Historical(text(i, i + 4), i);
        }
        if !matches!(w(i), "on" | "in" | "during" | "at" | "ago" | "last" | "historically" | "after" | "since" | "over" | "for") {
            continue;
        }
        // Events counted over years are a summary, not news of the day:
        // "since 2014", "over the years", "for decades", "in recent years",
        // "over the past five years".
        if w(i) == "since" && year(w(i + 1)).is_some_and(|y| y < date.year()) {
            return Raw::Historical(text(i, i + 2), i);
        }
        // "since late 2011", "since early 2015", "since June 2012".
        if w(i) == "since" && (matches!(w(i + 1), "late" | "early" | "mid") || month(w(i + 1)).is_some()) && year(w(i + 2)).is_some_and(|y| y < date.year()) {
            return Raw::Historical(text(i, i + 3), i);
        }
        if (w(i) == "over" && w(i + 1) == "the" && w(i + 2) == "years")
            || (w(i) == "for" && matches!(w(i + 1), "years" | "decades"))
            || (w(i) == "in" && w(i + 1) == "recent" && matches!(w(i + 2), "years" | "decades"))
        {
            return Raw::Historical(text(i, (i + 3).min(s.texts.len())), i);
        }
        // "over the past five years", "over nearly two decades", "for more
        // than a decade" (a hedge and "the past" may stand between).
        if matches!(w(i), "over" | "in" | "during" | "for") {
            let mut k = i + 1;
            // "its biggest concession in almost two decades" is a record, news:
            // after "in" only "the past/last ..." counts.
            let past = w(k) == "the" && matches!(w(k + 1), "past" | "last");
            if past {
                k += 2;
            }
            let hedged = matches!(w(k), "nearly" | "almost" | "about" | "some" | "around") || (w(k) == "more" && w(k + 1) == "than");
            if hedged {
                k += if w(k) == "more" { 2 } else { 1 };
            }
            let span = (number_word(w(k)).is_some_and(|n| n >= 2) && matches!(w(k + 1), "years" | "decades"))
                || (hedged && matches!(w(k), "a" | "one") && w(k + 1) == "decade");
            // "over the past decade", "in the last century".
            if past && !hedged && matches!(w(k), "decade" | "century") {
                return Raw::Historical(text(i, k + 1), i);
            }
            // ("Over three decades in power, ..." opening the sentence needs
            // nothing between; "ties in existence for over two decades" tell
            // the ties' age, "for two years" may be a sentence's length, "in
            // two years" a time to come.)
            let opens = i == 0 || w(i - 1) == ",";
            if span && (k > i + 1 || (opens && matches!(w(i), "over" | "during"))) && (past || w(i) != "in") {
                return Raw::Historical(text(i, k + 2), i);
            }
        }
        // "seven years after expelling it", "decades after the war": what
        // follows is that far back.
        if w(i) == "after" && i >= 1 && matches!(w(i - 1), "years" | "year" | "decades" | "decade") {
            let from = if i >= 2 && number_word(w(i - 2)).is_some() { i - 2 } else { i - 1 };
            return Raw::Before(text(from, i + 1), i);
        }
        // "on 12 March 2015", "on March 12, 2015": an exact day.
        if w(i) == "on" {
            let (d, m, y, end) = if let (Some(d), Some(m)) = (w(i + 1).parse::<u32>().ok(), month(w(i + 2))) {
                (d, m, year(w(i + 3)), i + 4)
            } else if let (Some(m), Some(d)) = (month(w(i + 1)), w(i + 2).parse::<u32>().ok()) {
                let k = if w(i + 3) == "," { i + 4 } else { i + 3 };
                (d, m, year(w(k)), k + 1)
            } else {
                continue;
            };
            if let Some(exact) = y.and_then(|y| NaiveDate::from_ymd_opt(y, m, d)) {
                if exact < date {
                    return Raw::Day(exact, Some(text(i, end.min(s.texts.len()))));
                }
            }
        }
        // "in 1964", "in March 2015", "in early 2015", "in the spring of 2015",
        // "back in 2012", "during 2014", "at the end of 2013", "in the first
        // months of 2018", "in that fateful summer of 2014".
        if matches!(w(i), "in" | "during" | "at") {
            let mut k = i + 1;
            // "in November, 2015": a comma after the month too.
            let part = |x: &str| {
                matches!(x, "spring" | "summer" | "autumn" | "fall" | "winter" | "end" | "start" | "beginning" | "middle" | "half" | "course" | "months" | "weeks" | "part") || month(x).is_some()
            };
            let lead = |x: &str| matches!(x, "the" | "that" | "this" | "early" | "late" | "mid" | "first" | "second" | "last" | "final" | "of" | ",") || part(x);
            // (One word of description before a part of the year: "that
            // fateful summer", "the bloody autumn".)
            let described = |k: usize| w(k).chars().all(|c| c.is_ascii_lowercase()) && part(w(k + 1));
            while k < i + 6 && (lead(w(k)) || described(k)) {
                k += 1;
            }
            // ("at" only with a part of the year: "at the end of 2013".)
            let at_part = w(i) != "at" || (i + 1..k).any(|j| part(w(j)));
            if let Some(y) = year_with_part(w(k)).filter(|_| at_part) {
                if y < date.year() {
                    return Raw::Historical(text(i, k + 1), i);
                }
            }
            // "in the 1990s", "in the 80s".
            if w(i + 1) == "the" && (w(i + 2).ends_with("0s") || w(i + 2).ends_with("0's")) && w(i + 2).len() >= 3 && w(i + 2).as_bytes()[0].is_ascii_digit() {
                return Raw::Historical(text(i, i + 3), i);
            }
        }
        // "three years ago", "decades ago"; "two weeks ago" is a day.
        if w(i) == "ago" && i >= 1 {
            let unit = w(i - 1);
            let n = if i >= 2 { number_word(w(i - 2)) } else { None };
            match unit {
                "year" | "years" | "decade" | "decades" | "century" | "centuries" | "month" | "months" => {
                    let from = i.saturating_sub(if n.is_some() { 2 } else { 1 });
                    return Raw::Historical(text(from, i + 1), from);
                }
                "week" | "weeks" | "day" | "days" => {
                    if let Some(n) = n {
                        let days = if unit.starts_with("week") { 7 * n } else { n };
                        return Raw::Day(date - Duration::days(days), Some(text(i - 2, i + 1)));
                    }
                }
                _ => {}
            }
        }
        // "in the past", "in previous years", "historically": background.
        // ("in the past two days", "in the past year": a recent stretch, not background.)
        let duration = |x: &str| {
            matches!(x, "week" | "weeks" | "day" | "days" | "few" | "couple" | "month" | "months" | "year" | "hours" | "hour" | "decade" | "several" | "fortnight")
                || number_word(x).is_some()
        };
        if (w(i) == "in" && w(i + 1) == "the" && w(i + 2) == "past" && !duration(w(i + 3)))
            || (w(i) == "in" && matches!(w(i + 1), "previous" | "earlier" | "past") && matches!(w(i + 2), "years" | "decades"))
        {
            return Raw::Historical(text(i, (i + 3).min(s.texts.len())), i);
        }
        if w(i) == "historically" {
            return Raw::Historical(text(i, i + 1), i);
        }
        // "last year". ("last year's protests" dates the protests, a noun's
        // modifier, not the clause.)
        if w(i) == "last" && w(i + 1) == "year" && !matches!(w(i + 2), "'s" | "’s") {
            return Raw::Historical(text(i, i + 2), i);
        }
        // "last April" in a February paper is ten months back: history.
        // ("last December" in that paper, two months back, is recent news
        // still; "last June" in a June paper is a year back.)
        let months_back = |m: u32| (date.month() + 12 - m - 1) % 12 + 1;
        if w(i) == "last" && month(w(i + 1)).is_some_and(|m| months_back(m) > 3) {
            return Raw::Historical(text(i, i + 2), i);
        }
    }
    Raw::Day(date, None)
}

/// The day of the week a lower-case word names.
fn weekday(w: &str) -> Option<Weekday> {
    match w {
        "monday" => Some(Weekday::Mon),
        "tuesday" => Some(Weekday::Tue),
        "wednesday" => Some(Weekday::Wed),
        "thursday" => Some(Weekday::Thu),
        "friday" => Some(Weekday::Fri),
        "saturday" => Some(Weekday::Sat),
        "sunday" => Some(Weekday::Sun),
        _ => None,
    }
}

/// The sentence names a day of the week or today/yesterday.
pub(crate) fn names_a_day(rec: &Recognized<'_>) -> bool {
    rec.sentence.lower.iter().any(|w| weekday(w).is_some() || matches!(w.as_ref(), "today" | "yesterday" | "tonight"))
}

/// "on Tuesday", "yesterday", "last week": the day they name, when earlier
/// than the document date.
fn relative_date(rec: &Recognized<'_>, date: NaiveDate) -> (NaiveDate, Option<String>, Option<usize>) {
    let s = &rec.sentence;
    for (i, w) in s.lower.iter().enumerate() {
        if let Some(wd) = weekday(w) {
            // The most recent such day up to the document date ("on Tuesday"
            // in a Tuesday paper is that day).
            let back = (date.weekday().num_days_from_monday() + 7 - wd.num_days_from_monday()) % 7;
            let expr = if i > 0 && s.lower[i - 1] == "on" { format!("on {}", s.texts[i]) } else { s.texts[i].to_string() };
            return (date - Duration::days(back as i64), Some(expr), Some(i));
        }
        if w == "yesterday" {
            return (date - Duration::days(1), Some(s.texts[i].to_string()), Some(i));
        }
        // "today", "tonight", "this week": the document's day.
        if matches!(w.as_ref(), "today" | "tonight") || (matches!(w.as_ref(), "week" | "morning" | "afternoon" | "evening") && i > 0 && s.lower[i - 1] == "this") {
            let from = if matches!(w.as_ref(), "today" | "tonight") { i } else { i - 1 };
            return (date, Some(s.texts[from..=i].join(" ")), Some(i));
        }
        if w == "week" && i > 0 && s.lower[i - 1] == "last" {
            return (date - Duration::days(7), Some(format!("{} {}", s.texts[i - 1], s.texts[i])), Some(i));
        }
    }
    (date, None, None)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_support::recognized;

    /// The past-time expression that makes the sentence's first event word background, if any.
    fn background(text: &str) -> Option<String> {
        let rec = recognized(text);
        let t = rec.triggers.first().unwrap_or_else(|| panic!("no event word in {text:?}"));
        when(&rec, NaiveDate::from_ymd_opt(2019, 6, 5).unwrap()).historical_for(t.start.min(t.anchor), t.end).map(str::to_string)
    }

    #[test]
    fn since_a_month_of_a_past_year_sums_up() {
        assert_eq!(background("Students have been taking part in the protest movement since June 2012.").as_deref(), Some("since June 2012"));
        assert_eq!(background("Students have been protesting since June."), None);
    }

    #[test]
    fn the_past_decade_is_background_and_last_years_as_a_modifier_is_not() {
        assert_eq!(background("Over the past decade, Egyptian authorities have jailed dozens of journalists.").as_deref(), Some("Over the past decade"));
        // "last year's protests" dates the protests, not the pardon.
        assert_eq!(background("Togo's president pardoned 40 people convicted over last year's protests."), None);
        assert_eq!(background("Togo's president pardoned 40 people last year.").as_deref(), Some("last year"));
    }

    #[test]
    fn a_month_named_last_that_falls_in_the_year_before_is_background() {
        // The paper is of 5 June 2019: "last September" was in 2018.
        assert_eq!(background("Russia attacked the town last September.").as_deref(), Some("last September"));
        assert_eq!(background("Russia attacked the town last June.").as_deref(), Some("last June"));
        // "last April" is this year's, two months back.
        assert_eq!(background("Russia attacked the town last April."), None);
        assert_eq!(background("Russia attacked the town last March.").as_deref(), None);
        assert_eq!(background("Russia attacked the town last January.").as_deref(), Some("last January"));
    }

    #[test]
    fn spans_of_years_sum_up_rather_than_report() {
        assert_eq!(background("Russia has attacked the rebels over the past five years.").as_deref(), Some("over the past five years"));
        assert_eq!(background("Oslo has threatened Iceland for almost two decades.").as_deref(), Some("for almost two decades"));
        assert_eq!(background("Turkey has arrested journalists over more than a decade.").as_deref(), Some("over more than a decade"));
        // A record is news: "its biggest ... in almost two decades".
        assert_eq!(background("Hong Kong released 30 prisoners, its biggest release in almost two decades."), None);
        assert_eq!(background("Russia attacked the town on Monday."), None);
    }

    #[test]
    fn a_past_time_in_a_relative_clause_after_the_event_dates_that_clause() {
        let text = "The Taliban released an American citizen who had been held in Afghanistan for more than two years.";
        let rec = recognized(text);
        let when = super::when(&rec, chrono::NaiveDate::from_ymd_opt(2019, 6, 5).unwrap());
        let released = rec.sentence.lower.iter().position(|w| w == "released").unwrap();
        assert_eq!(when.historical_for(released, released + 4), None);
        // Without the relative clause the release itself is that old.
        let rec = recognized("The Taliban released an American citizen for more than two years.");
        let when = super::when(&rec, chrono::NaiveDate::from_ymd_opt(2019, 6, 5).unwrap());
        assert!(when.historical_for(released, released + 4).is_some());
    }

    #[test]
    fn an_earlier_stage_of_a_war_is_background() {
        assert_eq!(background("Turkey fulsomely backed anti-Assad militants earlier in the war.").as_deref(), Some("earlier in the war"));
        assert_eq!(background("At the start of the Syrian war, Qatar funded the rebels.").as_deref(), Some("At the start of the Syrian war"));
        assert_eq!(background("In the early days of the uprising, police arrested hundreds.").as_deref(), Some("In the early days of the uprising"));
        assert_eq!(background("The war began when Russia attacked the town on Monday."), None);
    }

    #[test]
    fn a_when_clause_on_a_past_year_is_background() {
        assert_eq!(background("There are echoes of 2003, when Turkey refused to back the invasion of Iraq.").as_deref(), Some("2003 , when"));
        // Without the comma, the clause may be the sentence's own.
        assert_eq!(background("Canada violated the Conventions of 1949 when it attacked Lebanon on Monday."), None);
        // The year of the news itself is no background.
        assert_eq!(background("Unlike 2019, when Syria attacked Lebanon on Monday."), None);
    }

    #[test]
    fn a_past_year_with_its_part_in_one_word_is_background() {
        assert_eq!(background("In mid-2016 Turkey sent troops to fight Isis.").as_deref(), Some("In mid-2016"));
        assert_eq!(background("In early 2015 Russia attacked the rebels.").as_deref(), Some("In early 2015"));
        assert_eq!(background("In mid-2019 Russia attacked the rebels."), None);
    }

    #[test]
    fn a_past_decade_and_decades_in_power_are_background() {
        assert_eq!(background("For most of the 2000s, the FARC held hundreds of hostages.").as_deref(), Some("the 2000s"));
        assert_eq!(background("Over three decades in power, the regime looted the country.").as_deref(), Some("Over three decades"));
        assert_eq!(background("The court jailed him for two years."), None);
    }

    #[test]
    fn a_span_of_past_years_is_background() {
        assert_eq!(background("Ethiopia and Eritrea fought a border war from 1998 to 2000.").as_deref(), Some("from 1998 to 2000"));
        assert_eq!(background("The army shelled the city between 2012 and 2014.").as_deref(), Some("between 2012 and 2014"));
        // (A span reaching the article's year is not yet history.)
        assert_eq!(background("The army shelled the city from 2015 to 2019."), None);
    }

    #[test]
    fn a_range_of_years_in_one_word_is_as_old_as_its_end() {
        assert_eq!(background("Russia removed the chemical weapons in 2013-14.").as_deref(), Some("in 2013-14"));
        assert_eq!(background("Russia removed the chemical weapons in 2013-2014.").as_deref(), Some("in 2013-2014"));
        // Ending in the news's own year: not background.
        assert_eq!(background("Russia removed the chemical weapons in 2018-19."), None);
    }
}
