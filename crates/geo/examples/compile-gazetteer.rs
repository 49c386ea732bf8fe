//! Compiles `dictionaries/gazetteer.tsv.zst` into `dictionaries/gazetteer.bin.zst`
//! (run by `scripts/gen-gazetteer.py`; see `dyad_geo::compiled`).
//!
//! Usage: cargo run --release -p dyad-geo --example compile-gazetteer [-- IN.tsv.zst OUT.bin.zst]
fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let input = args.first().map(String::as_str).unwrap_or("dictionaries/gazetteer.tsv.zst");
    let output = args.get(1).map(String::as_str).unwrap_or("dictionaries/gazetteer.bin.zst");
    let raw = std::fs::read(input).unwrap_or_else(|e| exit(&format!("cannot read {input}: {e}")));
    let text = zstd::stream::decode_all(raw.as_slice()).unwrap_or_else(|e| exit(&format!("{input}: {e}")));
    let text: &'static str = Box::leak(String::from_utf8(text).unwrap_or_else(|e| exit(&format!("{input}: {e}"))).into_boxed_str());
    let g = dyad_geo::Gazetteer::from_tsv(text, input).unwrap_or_else(|e| exit(&e.to_string()));
    let bin = dyad_geo::compiled::write(&g);
    let packed = zstd::bulk::compress(&bin, 19).unwrap_or_else(|e| exit(&e.to_string()));
    std::fs::write(output, &packed).unwrap_or_else(|e| exit(&format!("cannot write {output}: {e}")));
    println!("compile-gazetteer: {} places, {} names; {} bytes, {} compressed -> {output}", g.places.len(), g.name_count(), bin.len(), packed.len());
}

fn exit(msg: &str) -> ! {
    eprintln!("compile-gazetteer: {msg}");
    std::process::exit(1)
}
