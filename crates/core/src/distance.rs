//! Distance on the Earth's surface, shared by the gazetteer, the event
//! store and the geography scorer.

/// Great-circle distance in kilometres between two points given in degrees
/// (haversine formula, Earth radius 6,371 km).
pub fn great_circle_km(lat1: f64, lon1: f64, lat2: f64, lon2: f64) -> f64 {
    let (p1, p2) = (lat1.to_radians(), lat2.to_radians());
    let dl = (lon2 - lon1).to_radians();
    let h = ((p2 - p1) / 2.0).sin().powi(2) + p1.cos() * p2.cos() * (dl / 2.0).sin().powi(2);
    // Rounding can push h a hair above 1 for antipodes.
    2.0 * 6371.0 * h.sqrt().min(1.0).asin()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_distances() {
        let paris_london = great_circle_km(48.8534, 2.3488, 51.5085, -0.1257);
        assert!((paris_london - 343.5).abs() < 1.0, "{paris_london}");
        assert_eq!(great_circle_km(10.0, 10.0, 10.0, 10.0), 0.0);
        assert!((great_circle_km(0.0, 0.0, 0.0, 180.0) - 20_015.1).abs() < 1.0);
    }
}
