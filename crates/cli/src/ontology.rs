//! `dyad ontology plover|cameo [--json]`.

use std::process::ExitCode;

use dyad_ontology::render;

use crate::Ontology;

pub fn run(which: Ontology, json: bool) -> Result<ExitCode, String> {
    let out = match (which, json) {
        (Ontology::Plover, true) => pretty(&render::plover_json())?,
        (Ontology::Cameo, true) => pretty(&render::cameo_json())?,
        (Ontology::Plover, false) => render::plover_table(),
        (Ontology::Cameo, false) => render::cameo_table(),
    };
    let newline = if out.ends_with('\n') { "" } else { "\n" };
    crate::print_out(&format!("{out}{newline}"))?;
    Ok(ExitCode::SUCCESS)
}

fn pretty(v: &serde_json::Value) -> Result<String, String> {
    serde_json::to_string_pretty(v).map_err(|e| e.to_string())
}
