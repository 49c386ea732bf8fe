//! Scoring story-level labels (the NGEC synthetic stories: one PLOVER
//! category per story), as their README says: does the coder produce an
//! event of the story's category anywhere in it (**found**), is the story's
//! most frequent category the label (**top**; ties broken by the category
//! that comes first in the coder's output), and how many stories get no
//! event at all (**none**).

use std::collections::HashMap;
use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::EvalError;

/// One labelled story.
#[derive(Debug, Clone, Deserialize)]
pub struct LabelledStory {
    /// Story id (predictions carry it as `doc_id`).
    pub id: String,
    /// The PLOVER category the story was written to show.
    pub label: String,
    /// Its PLOVER mode, where given.
    #[serde(default)]
    pub mode: Option<String>,
    /// The story.
    pub text: String,
}

/// Per-category figures.
#[derive(Debug, Clone, Default, Serialize)]
pub struct StoryCategory {
    /// Stories with this label.
    pub stories: usize,
    /// Of those, with an event of the label.
    pub found: usize,
    /// Of those, whose most frequent category is the label.
    pub top: usize,
}

/// The figures.
#[derive(Debug, Clone, Default, Serialize)]
pub struct StoryReport {
    /// Stories scored.
    pub stories: usize,
    /// Share with an event of the story's category.
    pub found: f64,
    /// Share whose most frequent category is the label.
    pub top: f64,
    /// Share with no event at all.
    pub none: f64,
    /// Events predicted in all.
    pub events: usize,
    /// By label, in name order.
    pub per_category: Vec<(String, StoryCategory)>,
}

/// Reads labelled stories, one JSON object a line; errors name the line.
pub fn load_stories(path: &Path) -> Result<Vec<LabelledStory>, EvalError> {
    crate::jsonscan::read_json_lines(path)
}

/// Scores the categories predicted for each story (`predicted[id]`: the
/// category of every event, in output order).
pub fn score_stories(stories: &[LabelledStory], predicted: &HashMap<String, Vec<String>>) -> StoryReport {
    let mut r = StoryReport { stories: stories.len(), ..StoryReport::default() };
    let mut per: HashMap<String, StoryCategory> = HashMap::new();
    let (mut found, mut top, mut none) = (0, 0, 0);
    let empty = Vec::new();
    for s in stories {
        let cats = predicted.get(&s.id).unwrap_or(&empty);
        r.events += cats.len();
        let entry = per.entry(s.label.clone()).or_default();
        entry.stories += 1;
        if cats.is_empty() {
            none += 1;
            continue;
        }
        if cats.contains(&s.label) {
            found += 1;
            entry.found += 1;
        }
        // The most frequent category, the first to reach that count on ties.
        let mut counts: Vec<(&str, usize)> = Vec::new();
        for c in cats {
            match counts.iter_mut().find(|(k, _)| *k == c) {
                Some((_, n)) => *n += 1,
                None => counts.push((c, 1)),
            }
        }
        let best = counts.iter().fold(("", 0), |b, &(k, n)| if n > b.1 { (k, n) } else { b });
        if best.0 == s.label {
            top += 1;
            entry.top += 1;
        }
    }
    let n = stories.len().max(1) as f64;
    r.found = found as f64 / n;
    r.top = top as f64 / n;
    r.none = none as f64 / n;
    let mut per: Vec<(String, StoryCategory)> = per.into_iter().collect();
    per.sort_by(|a, b| a.0.cmp(&b.0));
    r.per_category = per;
    r
}

impl StoryReport {
    /// The figures as a table for people.
    pub fn render_text(&self) -> String {
        let mut s = format!(
            "stories {}\nevents {}\ncategory found  {:.3}\ntop category    {:.3}\nno event        {:.3}\n\nlabel        stories  found    top\n",
            self.stories, self.events, self.found, self.top, self.none
        );
        for (label, c) in &self.per_category {
            let share = |k: usize| if c.stories == 0 { 0.0 } else { k as f64 / c.stories as f64 };
            s.push_str(&format!("{label:<12} {:>7}  {:.3}  {:.3}\n", c.stories, share(c.found), share(c.top)));
        }
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn story(id: &str, label: &str) -> LabelledStory {
        LabelledStory { id: id.into(), label: label.into(), mode: None, text: String::new() }
    }

    #[test]
    fn found_top_and_none_follow_the_readme() {
        let stories = vec![story("a", "PROTEST"), story("b", "ASSAULT"), story("c", "AID"), story("d", "AID")];
        let mut pred = HashMap::new();
        pred.insert("a".to_string(), vec!["CONSULT".to_string(), "PROTEST".to_string(), "PROTEST".to_string()]);
        pred.insert("b".to_string(), vec!["CONSULT".to_string(), "ASSAULT".to_string()]);
        pred.insert("c".to_string(), vec!["REQUEST".to_string()]);
        let r = score_stories(&stories, &pred);
        assert_eq!(r.found, 0.5, "a and b");
        assert_eq!(r.top, 0.25, "a only: b ties and CONSULT came first");
        assert_eq!(r.none, 0.25, "d");
        assert_eq!(r.events, 6);
        let aid = &r.per_category.iter().find(|(l, _)| l == "AID").unwrap().1;
        assert_eq!((aid.stories, aid.found, aid.top), (2, 0, 0));
    }
}
