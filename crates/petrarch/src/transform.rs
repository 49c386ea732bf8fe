//! PETRARCH2's transformations: an event in a clause under a verb of saying
//! or wanting becomes one event of the outer actor, as the verb dictionary's
//! `~` lines write it:
//!
//! ```text
//! ~ a (a b ATTACK) SAY = a b 015     a says it attacks b: a threatens b
//! ~ a (b . ATTACK) SAY = a b 112     a says b attacked: a accuses b
//! ~ a (_ b ATTACK) WANT = a b 138    a wants to attack b
//! ~ a (a b Q) SAY = a b Q            a says it does Q to b: the event itself
//! ```
//!
//! `a` is the outer verb's source; inside the brackets come the inner
//! event's source (`a` the same actor, `b` another, `_` none of its own) and
//! target (`b` one, `.` any), then its verb; after the brackets the outer
//! verb; after `=` the resulting source, target and code (`Q` the inner
//! event's code). A verb stands for its family (ATTACK for the whole
//! PHYSICAL_CONFLICT family), as PETRARCH2 reads verbs by their meaning.

use crate::index::Index;

/// A role in a transformation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Role {
    /// `a`: the outer verb's source.
    A,
    /// `b`: another actor.
    B,
    /// `.`: any target, or none.
    Any,
    /// `_`: no subject of its own.
    NoSubject,
}

/// One `~` line, resolved against the verb families.
#[derive(Debug, Clone)]
pub(crate) struct Transformation {
    /// The inner verb's family; `None` for `Q` (any coded verb).
    pub inner_family: Option<usize>,
    /// The inner event's source role (`a`, `b` or `_`).
    pub inner_source: Role,
    /// The inner event's target role (`b` or `.`).
    pub inner_target: Role,
    /// The outer verb's family.
    pub outer_family: usize,
    /// The code of the result; `None` for `Q` (the inner event's).
    pub code: Option<String>,
    /// Source line.
    pub line: usize,
}

fn role(token: &str) -> Option<Role> {
    match token {
        "a" => Some(Role::A),
        "b" => Some(Role::B),
        "." => Some(Role::Any),
        "_" => Some(Role::NoSubject),
        _ => None,
    }
}

/// Reads the `~` lines kept by the verb reader: the transformations it
/// can apply, and the lines it cannot (with the reason).
pub(crate) fn read_transformations(lines: &[(usize, String)], index: &Index) -> (Vec<Transformation>, Vec<(usize, String)>) {
    let mut out = Vec::new();
    let mut bad = Vec::new();
    for (line, text) in lines {
        match read_one(text, index) {
            Ok(mut t) => {
                t.line = *line;
                out.push(t);
            }
            Err(why) => bad.push((*line, why)),
        }
    }
    (out, bad)
}

fn read_one(text: &str, index: &Index) -> Result<Transformation, String> {
    let body = text.trim_start_matches('~').replace(['(', ')'], " ");
    let tokens: Vec<&str> = body.split_whitespace().collect();
    let [outer_source, inner_source, inner_target, inner_verb, outer_verb, "=", result_source, result_target, code] = tokens.as_slice() else {
        return Err(format!("not of the form `a (a b VERB) VERB = a b CODE`: {text:?}"));
    };
    if *outer_source != "a" || *result_source != "a" || *result_target != "b" {
        return Err(format!("only transformations from `a` to `a b` are applied: {text:?}"));
    }
    // The verb as the coder reads it: a one-word entry, the later of two
    // (CAMEO.2.0 lists ATTEMPT twice; a `+SAY_NO` elsewhere is not SAY).
    let family = |verb: &str| -> Result<usize, String> {
        let upper = verb.to_ascii_uppercase();
        let entries = index.verbs_by_lemma.get(&upper).into_iter().chain(index.verbs_by_form.get(&upper)).flatten();
        entries
            .filter(|e| e.words.len() == 1)
            .max_by_key(|e| e.line)
            .map(|e| e.family)
            .ok_or_else(|| format!("verb {verb} is in no family of the dictionary"))
    };
    let inner_source = role(inner_source).filter(|r| matches!(r, Role::A | Role::B | Role::NoSubject)).ok_or_else(|| format!("inner source {inner_source:?} is not a, b or _"))?;
    let inner_target = role(inner_target).filter(|r| matches!(r, Role::B | Role::Any)).ok_or_else(|| format!("inner target {inner_target:?} is not b or ."))?;
    // The result's `b` must be an actor of the inner event.
    if inner_target == Role::Any && inner_source != Role::B {
        return Err(format!("`b` is neither the inner source nor its target: {text:?}"));
    }
    Ok(Transformation {
        inner_family: if *inner_verb == "Q" { None } else { Some(family(inner_verb)?) },
        inner_source,
        inner_target,
        outer_family: family(outer_verb)?,
        code: if *code == "Q" { None } else { Some(code.to_string()) },
        line: 0,
    })
}
