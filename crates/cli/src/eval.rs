//! `dyad eval --gold FILE [--pred FILE] [--json] [--failures]`.

use std::path::PathBuf;
use std::process::ExitCode;

use dyad_eval::{load_cameo_predictions, load_gold, load_plover_predictions, score_petrarch, score_plover, Gold};

#[derive(clap::Args)]
pub struct Args {
    /// Gold standard: PLOVER gold-standard records (JSON array or JSON Lines)
    /// or PETRARCH validation XML; recognised from the content.
    #[arg(long)]
    gold: PathBuf,
    /// Predictions: dyad PLOVER JSON Lines (for PLOVER gold) or dyad CAMEO
    /// TSV (for PETRARCH gold). Without it, dyad codes the gold texts itself.
    #[arg(long)]
    pred: Option<PathBuf>,
    /// All figures as JSON for programs.
    #[arg(long)]
    json: bool,
    /// List every miss with gold, prediction and evidence.
    #[arg(long)]
    failures: bool,
}

pub fn run(args: Args) -> Result<ExitCode, String> {
    let gold = load_gold(&args.gold).map_err(|e| e.to_string())?;
    let Some(pred) = args.pred else {
        return Err(format!(
            "dyad has no event coder yet, so it cannot code {} itself; give predictions with --pred FILE",
            args.gold.display()
        ));
    };
    let (json, text) = match gold {
        Gold::Plover(gold) => {
            let preds = load_plover_predictions(&pred).map_err(|e| e.to_string())?;
            let report = score_plover(&gold, &preds);
            (serde_json::to_string_pretty(&report), report.render_text(args.failures))
        }
        Gold::Petrarch(gold) => {
            let preds = load_cameo_predictions(&pred).map_err(|e| e.to_string())?;
            let report = score_petrarch(&gold, &preds);
            (serde_json::to_string_pretty(&report), report.render_text(args.failures))
        }
    };
    if args.json {
        crate::print_out(&format!("{}\n", json.map_err(|e| e.to_string())?))?;
    } else {
        crate::print_out(&text)?;
    }
    Ok(ExitCode::SUCCESS)
}
