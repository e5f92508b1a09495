//! The `knoop` binary: parse the command line and dispatch. Everything else lives in the library.

use std::process::ExitCode;

use clap::Parser;
use knoop::cli::{self, Cli};
use knoop::i18n::Lang;
use knoop::tui;

fn main() -> ExitCode {
    if color_eyre::install().is_err() {
        eprintln!("knoop: could not install the error reporter");
    }
    let cli = Cli::parse();
    if let Some(command) = &cli.command {
        return match cli::run(&cli, command) {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("knoop: {e}");
                ExitCode::from(1)
            }
        };
    }
    if let Some(word) = cli::mistyped_command(&cli) {
        eprintln!(
            "knoop: there is no command {word:?} and no file of that name. `knoop --help` lists the commands; to start a new workspace file, name it with a path or an extension (./{word} or {word}.json)"
        );
        return ExitCode::from(2);
    }
    let path = match cli::workspace_path(&cli) {
        Ok(p) => p,
        Err(e) => {
            eprintln!("knoop: {e}");
            return ExitCode::from(1);
        }
    };
    if !std::io::IsTerminal::is_terminal(&std::io::stdout()) {
        eprintln!(
            "knoop: the TUI needs a terminal; for scripts use `knoop list`, `knoop note` or `knoop --help`"
        );
        return ExitCode::from(1);
    }
    let opts = tui::Options {
        path,
        lang: Lang::detect(cli.lang),
        read_only: cli.read_only,
        color: std::env::var_os("NO_COLOR").is_none(),
    };
    match tui::run(&opts) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("knoop: {e}");
            ExitCode::from(1)
        }
    }
}
