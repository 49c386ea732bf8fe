//! Expansion of a PLOVER record into CAMEO source–target dyads (ontology
//! notes §A11).

use dyad_code::{Entity, Event};
use dyad_ontology::cameo::{self, CameoEvent};

/// The actor code PETRARCH writes in an empty source or target column.
pub const NULL_ACTOR: &str = "---";

/// CAMEO "Make a visit": the visitor is the source.
const VISIT: &str = "042";
/// CAMEO "Host a visit": the host is the source.
const HOST_VISIT: &str = "043";

/// One CAMEO event: source, target and event code.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Dyad<'a> {
    /// The CAMEO source; `None` only for a record without actors.
    pub source: Option<&'a Entity>,
    /// The CAMEO target; `None` for a single actor without recipient.
    pub target: Option<&'a Entity>,
    /// The CAMEO event of this dyad (the mirrored row of a visit gets the
    /// complementary code, so it may differ from the event's).
    pub code: &'static CameoEvent,
}

impl Dyad<'_> {
    /// The source's CAMEO actor code, `---` when absent or empty.
    pub fn source_code(&self) -> &str {
        actor_code(self.source)
    }

    /// The target's CAMEO actor code, `---` when absent or empty.
    pub fn target_code(&self) -> &str {
        actor_code(self.target)
    }
}

fn actor_code(e: Option<&Entity>) -> &str {
    match e {
        Some(e) if !e.cameo_code.trim().is_empty() => e.cameo_code.trim(),
        _ => NULL_ACTOR,
    }
}

/// Expands an event into CAMEO dyads, as CAMEO coders (TABARI, PETRARCH,
/// GDELT, ICEWS) record them:
///
/// - recipients present: one dyad per (actor, recipient) pair, actors in
///   order, each with its recipients in order;
/// - no recipient and two or more actors (a reciprocal event): every ordered
///   pair (i, j), i ≠ j, with the same code both ways;
/// - one actor and no recipient: (actor, none), written `---`;
/// - no actor at all: (none, recipient) per recipient, nothing when both
///   lists are empty.
///
/// A visit (event code 042 or 043, which PLOVER codes as one CONSULT `visit`
/// record with the visitor as actor and the host as recipient) gives two
/// dyads per pair: the event's own code first, then its complement with the
/// roles mirrored: (visitor, host, 042) and (host, visitor, 043).
pub fn cameo_dyads(event: &Event) -> Vec<Dyad<'_>> {
    let code = event.cameo;
    let actors = &event.actor;
    let recipients = &event.recipient;
    let mut out = Vec::new();
    if !recipients.is_empty() {
        if actors.is_empty() {
            out.extend(recipients.iter().map(|r| Dyad {
                source: None,
                target: Some(r),
                code,
            }));
            return out;
        }
        let visit = visit_codes(code);
        for a in actors {
            for r in recipients {
                match visit {
                    // The PLOVER actor is the visitor whichever code the
                    // event carries; the 043 row has the host as source.
                    Some((visit, host)) if code.code == VISIT => {
                        out.push(dyad(a, r, visit));
                        out.push(dyad(r, a, host));
                    }
                    Some((visit, host)) => {
                        out.push(dyad(r, a, host));
                        out.push(dyad(a, r, visit));
                    }
                    None => out.push(dyad(a, r, code)),
                }
            }
        }
    } else if actors.len() >= 2 {
        for (i, a) in actors.iter().enumerate() {
            for (j, b) in actors.iter().enumerate() {
                if i != j {
                    out.push(dyad(a, b, code));
                }
            }
        }
    } else if let Some(a) = actors.first() {
        out.push(Dyad {
            source: Some(a),
            target: None,
            code,
        });
    }
    out
}

fn dyad<'a>(source: &'a Entity, target: &'a Entity, code: &'static CameoEvent) -> Dyad<'a> {
    Dyad {
        source: Some(source),
        target: Some(target),
        code,
    }
}

/// (042, 043) when `code` is either of them and the table has both.
fn visit_codes(code: &CameoEvent) -> Option<(&'static CameoEvent, &'static CameoEvent)> {
    if code.code != VISIT && code.code != HOST_VISIT {
        return None;
    }
    Some((cameo::event(VISIT)?, cameo::event(HOST_VISIT)?))
}
