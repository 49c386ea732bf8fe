//! End-to-end tests of wordings common in incident notes of conflict
//! trackers and in police reports (probe sets 8 and 10 in docs/probes),
//! each standing for a class of wording: dates and places written between
//! a verb and its complement, ... Each test codes a few one-sentence
//! documents with `dyad code`.

mod common;

use common::{code_cases, codes, event_of};

#[test]
fn a_date_or_place_between_a_verb_and_its_complement_keeps_the_pattern() {
    // Tracker notes and wire copy put the date, often with the place, right
    // after the verb: "promised on 9 May 2023 to", "agreed in Baghdad on".
    let cases = [
        ("day_month_year", "Ghana pledged on 4 February 2019 to send 200 police officers to Mali.", "AGREE"),
        ("month_day_year", "Human Rights Watch called on May 3, 2019, on the Sudanese army to free detained protesters.", "REQUEST"),
        ("month_year", "Chile asked in March 2019 for a meeting of the Organization of American States.", "REQUEST"),
        ("place_and_date", "Egypt and Sudan agreed in Cairo on 2 May 2019 to coordinate their positions on the dam.", "AGREE"),
    ];
    let events = code_cases(&cases);
    assert_eq!(codes(&event_of(&events, "day_month_year", "AGREE")["actor"]), ["GHA"], "{events:?}");
}
