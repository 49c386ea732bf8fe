//! Prints the readings of names given as arguments (a debugging aid).
fn main() {
    let g = dyad_geo::Gazetteer::builtin();
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.first().map(String::as_str) == Some("--text") {
        let text = std::fs::read_to_string(&args[1]).expect("readable file");
        let sentences = dyad_segment::split_sentences(&text);
        for m in dyad_geo::recognize::find_mentions(g, &text, &sentences) {
            println!("{:?} locative {}", m.span.text(&text), m.locative);
            for r in &m.refs {
                let p = &g.places[r.place as usize];
                println!("  {} {} {} {} {} pop {} flags {}", p.geonameid, p.name, p.feature_code, p.country, p.admin1, p.population, r.flags);
            }
        }
        return;
    }
    for name in args {
        println!("{name}: pieces {:?}", dyad_geo::key::pieces(&name));
        for r in g.lookup_name(&name) {
            let p = &g.places[r.place as usize];
            println!("  {} {} {} {} {} pop {} flags {}", p.geonameid, p.name, p.feature_code, p.country, p.admin1, p.population, r.flags);
        }
    }
}
