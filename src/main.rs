//! Entry point: a subcommand runs without a window (see `huiwu::cli`); otherwise the window opens.

use std::io::Write;
use std::process::ExitCode;

use huiwu::cli::{Parsed, USAGE_EXIT_CODE};

fn main() -> ExitCode {
    match huiwu::cli::parse(std::env::args_os()) {
        Parsed::Command(command) => {
            let stdin = std::io::stdin();
            let stdout = std::io::stdout();
            huiwu::cli::run(
                command,
                &mut stdin.lock(),
                &mut stdout.lock(),
                &mut std::io::stderr(),
            )
        }
        Parsed::Info(text) => {
            // Nothing more can be done if standard output is closed.
            let _ = std::io::stdout().write_all(text.as_bytes());
            ExitCode::SUCCESS
        }
        Parsed::Refused(text) => {
            eprintln!("{text}");
            ExitCode::from(USAGE_EXIT_CODE)
        }
        Parsed::Window(file) => {
            // Logging out or Ctrl+C must not leave the lock behind.
            if let Err(error) = huiwu::io::shutdown::install() {
                eprintln!("{error}");
            }
            // One name for the file from the start: the window compares it with the names in
            // locks and recovery files, which are canonical.
            let file = file.map(|path| huiwu::io::canonical_session_path(&path));
            huiwu::app::run(file)
        }
    }
}
