//! Times place finding over a JSON Lines corpus ({"text": ...} per line):
//! cargo run --release -p dyad-geo --example speed -- FILE [COPIES]
fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let raw = std::fs::read_to_string(&args[0]).expect("readable corpus");
    let copies: usize = args.get(1).and_then(|c| c.parse().ok()).unwrap_or(5);
    let texts: Vec<String> = raw
        .lines()
        .filter_map(|l| {
            let start = l.find("\"text\":")? + 7;
            let rest = &l[start..];
            let rest = rest.trim_start().strip_prefix('"')?;
            let mut out = String::new();
            let mut esc = false;
            for c in rest.chars() {
                if esc {
                    out.push(if c == 'n' { '\n' } else { c });
                    esc = false;
                } else if c == '\\' {
                    esc = true;
                } else if c == '"' {
                    break;
                } else {
                    out.push(c);
                }
            }
            Some(out)
        })
        .collect();
    let g = dyad_geo::Gazetteer::builtin();
    let docs: Vec<(String, Vec<dyad_core::Sentence>)> = texts.into_iter().map(|t| { let s = dyad_segment::split_sentences(&t); (t, s) }).collect();
    let sentences: usize = docs.iter().map(|d| d.1.len()).sum::<usize>() * copies;
    // Tokenised beforehand, as the coder has its tokens already.
    let tokens: Vec<Vec<Vec<dyad_core::Token>>> = docs.iter().map(|(t, s)| s.iter().map(|x| dyad_segment::tokenize(t, x.span)).collect()).collect();
    let t = std::time::Instant::now();
    let mut places = 0;
    for _ in 0..copies {
        for ((text, s), toks) in docs.iter().zip(&tokens) {
            let refs: Vec<&[dyad_core::Token]> = toks.iter().map(Vec::as_slice).collect();
            places += dyad_geo::find_places_tokenized(g, text, s, &refs, &dyad_geo::Hints::default()).places.len();
        }
    }
    let secs = t.elapsed().as_secs_f64();
    println!("{sentences} sentences, {places} places, {secs:.3} s, {:.0} sentences/s, {:.2} us/sentence", sentences as f64 / secs, secs * 1e6 / sentences as f64);
}
