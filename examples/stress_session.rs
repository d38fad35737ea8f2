//! Writes the stress session (docs/PERFORMANCE.md) to a file, to open it in the editor or time
//! the command line on it:
//!
//! ```sh
//! cargo run --release --example stress_session -- /tmp/stress.ron
//! cargo run --release -- /tmp/stress.ron
//! ```

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use huiwu_stress::{StressSize, report_text_bytes, stress_session};

fn main() -> ExitCode {
    let Some(target) = std::env::args_os().nth(1).map(PathBuf::from) else {
        eprintln!("用法：stress_session 输出文件.ron [示例会议文件.ron]");
        return ExitCode::FAILURE;
    };
    let example_path = std::env::args_os().nth(2).map_or_else(
        || Path::new(env!("CARGO_MANIFEST_DIR")).join("sessions/hebi-12-09.ron"),
        PathBuf::from,
    );
    let example = match huiwu::io::load(&example_path) {
        Ok(session) => session,
        Err(error) => {
            eprintln!("{error}");
            return ExitCode::FAILURE;
        }
    };
    let stress = stress_session(&example, &StressSize::ISSUE);
    if let Err(error) = huiwu::io::save(&stress, &target) {
        eprintln!("{error}");
        return ExitCode::FAILURE;
    }
    let file_bytes = std::fs::metadata(&target).map_or(0, |m| m.len());
    println!(
        "{}: {} members, {} agenda items, {} reports ({} bytes of text), {} resolutions, {} motions with {} entries, {} votes, {} evaluations; file {} bytes",
        target.display(),
        stress.roster.len(),
        stress.agenda.len(),
        stress.reports.len(),
        report_text_bytes(&stress),
        stress.resolutions.len(),
        stress.motions.len(),
        stress.entries().count(),
        stress.votes.len(),
        stress.evaluations.len(),
        file_bytes,
    );
    ExitCode::SUCCESS
}
