//! The `knoop` binary: parse the command line and dispatch. Everything else lives in the library.

use std::process::ExitCode;

use clap::Parser;
use knoop::cli::{self, Cli};
use knoop::i18n::{self as t, Lang, fill};
use knoop::tui;

fn main() -> ExitCode {
    if color_eyre::install().is_err() {
        eprintln!("knoop: could not install the error reporter");
    }
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => cli::usage_error(&e),
    };
    // The settings file first, so a broken one is said before anything else happens; `knoop
    // config` works without it (it is how one finds and mends the file).
    if !matches!(cli.command, Some(cli::Command::Config { .. }))
        && let Err(e) = knoop::config::init(Lang::detect(cli.lang))
    {
        eprintln!("knoop: {e}");
        return ExitCode::from(1);
    }
    if let Some(command) = &cli.command {
        return match cli::run(&cli, command) {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("knoop: {e}");
                ExitCode::from(1)
            }
        };
    }
    let lang = Lang::detect(cli.lang);
    if let Some(word) = cli::mistyped_command(&cli) {
        let word = knoop::workspace::text::clean(&word).into_owned();
        eprintln!(
            "knoop: {}",
            fill(
                lang.pick(t::CLI_MISTYPED),
                &[("quoted", &format!("{word:?}")), ("word", &word)]
            )
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
        eprintln!("knoop: {}", lang.pick(t::CLI_NEEDS_TERMINAL));
        return ExitCode::from(1);
    }
    let opts = tui::Options {
        path,
        lang,
        read_only: cli.read_only,
        color: knoop::ui::Theme::colour_allowed(std::env::var_os("NO_COLOR").as_deref()),
    };
    match tui::run(&opts) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("knoop: {e}");
            ExitCode::from(1)
        }
    }
}
