//! Names of seas, gulfs and straits that hold a country's name.

/// Whether a name stands inside the name of a sea, gulf or strait, given
/// the two lower-case words before it (`before[1]` the nearer) and the word
/// after it: "the Gulf of Guinea", "the South China Sea", "the Indian Ocean"
/// name water, not the country. Both the actor recogniser and the
/// gazetteer's place recogniser ask it.
pub fn in_water_body_name(before: [Option<&str>; 2], next: Option<&str>) -> bool {
    let of_water = before[1] == Some("of") && before[0].is_some_and(|w| matches!(w, "gulf" | "bay" | "sea" | "strait" | "straits"));
    of_water || next.is_some_and(|w| matches!(w, "sea" | "ocean" | "gulf"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn water_is_named_before_of_or_after_the_name() {
        assert!(in_water_body_name([Some("gulf"), Some("of")], Some(".")));
        assert!(in_water_body_name([Some("the"), Some("south")], Some("sea")));
        assert!(!in_water_body_name([Some("president"), Some("of")], Some("said")));
        assert!(!in_water_body_name([None, None], None));
    }
}
