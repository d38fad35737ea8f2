//! Entry point: a subcommand runs without a window (see `huiwu::cli`); otherwise the window opens.

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    let cli = huiwu::cli::Cli::parse();
    match cli.command {
        Some(command) => {
            let stdin = std::io::stdin();
            let stdout = std::io::stdout();
            huiwu::cli::run(
                command,
                &mut stdin.lock(),
                &mut stdout.lock(),
                &mut std::io::stderr(),
            )
        }
        None => huiwu::app::run(cli.file),
    }
}
