//! The command line: clap definitions, and the commands that run without the TUI.
//!
//! Exit codes: 0 ok, 1 a user or data error (with the file, the place and what to do), 2 a usage
//! error (clap's own).

pub mod analyse;
pub mod ask;
pub mod export;
pub mod forget;
pub mod git;
pub mod import;
pub mod out;
pub mod read;
pub mod timeline;
pub mod write;

use std::path::PathBuf;

use clap::builder::PossibleValue;
use clap::{Args, CommandFactory, Parser, Subcommand, ValueEnum};

use crate::i18n::{Lang, fill};
use crate::workspace::{ActorKind, Position, Role, Vocabulary};

/// The method's vocabularies as flag values: the first word is the one `--help` lists, every
/// other word (English, aliases, with spaces or underscores for hyphens) is accepted too.
macro_rules! vocabulary_flags {
    ($($ty:ty),*) => {$(
        impl ValueEnum for $ty {
            fn value_variants<'a>() -> &'a [Self] {
                <$ty as Vocabulary>::ALL
            }

            fn to_possible_value(&self) -> Option<PossibleValue> {
                let words = self.words();
                let aliases = words.iter().flat_map(|w| {
                    [w.to_string(), w.replace('-', " "), w.replace('-', "_")]
                });
                Some(PossibleValue::new(words[0]).aliases(aliases))
            }
        }
    )*};
}

vocabulary_flags!(ActorKind, Position, Role);

/// knoop: a keyboard-first workbench for collaboration networks (samenwerken in netwerken).
///
/// Without a command, opens the TUI on FILE, else on `$KNOOP_WORKSPACE`, else on workspace.json in
/// the data directory (created on first run).
#[derive(Debug, Parser)]
#[command(name = "knoop", version, about, long_about = None)]
pub struct Cli {
    /// The workspace file to open.
    #[arg(value_name = "FILE")]
    pub file: Option<PathBuf>,
    /// The workspace file (for commands; same default as FILE).
    #[arg(
        short = 'w',
        long = "workspace",
        global = true,
        value_name = "FILE",
        env = "KNOOP_WORKSPACE"
    )]
    pub workspace: Option<PathBuf>,
    /// UI language (default: `$KNOOP_LANG`, else the locale: `$LC_ALL`, `$LC_MESSAGES`,
    /// `$LANG`; else nl).
    #[arg(long, global = true, value_name = "LANG", value_enum)]
    pub lang: Option<Lang>,
    /// Open without changing anything.
    #[arg(long, global = true)]
    pub read_only: bool,
    /// The command; without one, the TUI opens.
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// Commands that run without the TUI.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check the workspace file; on an error, exit 1 naming the line, column and field.
    Check {
        /// The file (else -w, `KNOOP_WORKSPACE` or the default), as the load error suggests.
        file: Option<PathBuf>,
    },
    /// Write a realistic example network (in Dutch) to FILE.
    Demo {
        /// Where to write it; an existing file is left alone unless --force.
        file: PathBuf,
        /// Replace FILE if it exists (its old content goes to FILE.bak).
        #[arg(long)]
        force: bool,
    },
    /// Add a note to the log, now.
    Note(NoteArgs),
    /// Record a check-in (a meeting): who was there, decisions, a follow-up.
    Checkin(CheckinArgs),
    /// Answer the questionnaire "De basis van je netwerk" as plain prompts, from where you were.
    Ask,
    /// Add an actor or a relation.
    #[command(subcommand)]
    Add(AddCommand),
    /// List part of the workspace.
    List {
        /// What to list.
        what: ListWhat,
        /// As JSON, for scripts.
        #[arg(long)]
        json: bool,
    },
    /// Write part of the workspace out: `minutes` (of a meeting, Markdown, in the UI language),
    /// `csv` (the register and the relations), `graphml` (the network, for networkx and Gephi).
    Export {
        /// What to write.
        #[arg(value_enum)]
        what: ExportWhat,
        /// For csv: only this table, to standard output or -o FILE (without it, -o names a
        /// folder that gets actors.csv and relations.csv).
        #[arg(long, value_enum)]
        table: Option<TableWhat>,
        /// How much may leave: `team` (no personal fields; the default) or `public` (also no
        /// person without consent: a stable pseudonym instead, and no log).
        #[arg(long, value_enum, default_value = "team")]
        redact: RedactWhat,
        /// The log entry (its id, from `knoop list log --json`); default: the last meeting.
        #[arg(long, conflicts_with = "last")]
        entry: Option<uuid::Uuid>,
        /// The last meeting (the default).
        #[arg(long)]
        last: bool,
        /// Write to this file (mode 0600) instead of standard output; for csv without --table,
        /// the folder for both tables.
        #[arg(short = 'o', long = "output", value_name = "FILE")]
        output: Option<PathBuf>,
    },
    /// Analyse the relation graph: degree, betweenness, closeness, eigenvector, constraint and
    /// effective size per actor, the groups, bridges, cut vertices and isolates.
    #[command(alias = "analyze")]
    Analyse {
        /// As JSON, for scripts.
        #[arg(long)]
        json: bool,
        /// Only relations of this kind (e.g. "werkt samen").
        #[arg(long)]
        kind: Option<String>,
        /// Only the coalition of this ambition (by title).
        #[arg(long)]
        ambition: Option<String>,
        /// Instead of the measures: the shortest chain of introductions from one actor to
        /// another (by name).
        #[arg(long, num_args = 2, value_names = ["FROM", "TO"])]
        chain: Option<Vec<String>>,
    },
    /// Bring in actors and relations from a spreadsheet (Kumu's, Gephi's or knoop's own CSV),
    /// a Kumu blueprint, GraphML or GEXF. Shows what would change first; never overwrites.
    Import {
        /// The files: one, or the actors and the relations together (actors.csv relations.csv).
        #[arg(required = true)]
        files: Vec<PathBuf>,
        /// Only show what would change.
        #[arg(long)]
        dry_run: bool,
        /// The format (else from the name and the first bytes).
        #[arg(long, value_enum)]
        format: Option<ImportFormat>,
        /// Show every line of the preview, not the first 30 of each part.
        #[arg(long)]
        all: bool,
    },
    /// Git's merge driver for a workspace (set up by `knoop git setup`): merges %A and %B from
    /// %O record by record into %A; exit 0 when clean, 1 when conflicts remain.
    MergeDriver {
        /// The common ancestor (%O).
        base: PathBuf,
        /// This side (%A), overwritten with the result.
        ours: PathBuf,
        /// The other side (%B).
        theirs: PathBuf,
        /// The file's name in the repository (%P), for messages.
        name: Option<String>,
    },
    /// knoop and git.
    #[command(subcommand)]
    Git(GitCommand),
    /// The workspace as readable text, for `git diff` (set up by `knoop git setup`).
    Textconv {
        /// The file (any state: invalid or conflicted files are shown as they are).
        file: PathBuf,
    },
    /// Keep a dated copy of the network in the workspace (the TUI also takes one when the
    /// phase changes), to see later what shifted.
    Snapshot {
        /// What it marks (default: today's date).
        name: Option<String>,
    },
    /// What changed between two moments: snapshots (by name or id), files, or `now`; default
    /// the last snapshot and now.
    Diff {
        /// From (default: the last snapshot).
        from: Option<String>,
        /// To (default: now).
        to: Option<String>,
        /// As JSON, for scripts.
        #[arg(long, conflicts_with = "md")]
        json: bool,
        /// As Markdown.
        #[arg(long)]
        md: bool,
    },
    /// Erase a person everywhere: the workspace, every reference, every file beside it; a
    /// tombstone (the id) stays. Asks first; cannot be undone.
    Forget {
        /// Who (by name).
        name: String,
        /// Do not ask.
        #[arg(long)]
        yes: bool,
    },
    /// Print the manual page (roff), or write every page (knoop.1 and one per command) into
    /// DIR: `knoop man ~/.local/share/man/man1`.
    Man {
        /// The folder for all pages (else the main page goes to standard output).
        dir: Option<PathBuf>,
    },
    /// Your own settings (`knoop.toml`): where the file is, a default one to start from, or what
    /// it says now.
    Config {
        /// Where the file is looked for.
        #[arg(long, conflicts_with = "default")]
        path: bool,
        /// A default file, every setting explained: `knoop config --default > FILE`.
        #[arg(long)]
        default: bool,
    },
    /// Print the JSON Schema of the workspace file.
    Schema,
    /// Print shell completions.
    Completions {
        /// The shell.
        shell: clap_complete::Shell,
    },
}

/// `knoop note`.
#[derive(Debug, Args)]
pub struct NoteArgs {
    /// The note.
    pub text: String,
    /// The actor it is about (by name; repeatable).
    #[arg(long)]
    pub actor: Vec<String>,
    /// The ambition it is about (by title).
    #[arg(long)]
    pub ambition: Option<String>,
}

/// `knoop checkin`.
#[derive(Debug, Args)]
pub struct CheckinArgs {
    /// What the meeting was, e.g. "Kernoverleg december".
    #[arg(long, default_value = "")]
    pub text: String,
    /// Who was present, by name (comma-separated or repeated).
    #[arg(long, value_delimiter = ',')]
    pub present: Vec<String>,
    /// A decision taken (repeatable).
    #[arg(long)]
    pub decision: Vec<String>,
    /// A follow-up agreed.
    #[arg(long)]
    pub followup: Option<String>,
    /// Who does the follow-up (by name).
    #[arg(long, requires = "followup")]
    pub owner: Option<String>,
    /// When the follow-up is due (yyyy-mm-dd).
    #[arg(long, requires = "followup")]
    pub due: Option<String>,
}

/// `knoop git ...`.
#[derive(Debug, Subcommand)]
pub enum GitCommand {
    /// Registers the merge driver and the readable diff for the workspace in the repository
    /// that holds it (`.gitattributes` and the local git config); changes only what is missing.
    Setup,
}

/// `knoop add ...`.
#[derive(Debug, Subcommand)]
pub enum AddCommand {
    /// Add an actor.
    Actor(AddActorArgs),
    /// Add a relation between two actors.
    Relation(AddRelationArgs),
}

/// `knoop add actor`.
#[derive(Debug, Args)]
pub struct AddActorArgs {
    /// The actor's name.
    pub name: String,
    /// What the actor is.
    #[arg(long, value_enum, ignore_case = true)]
    pub kind: Option<ActorKind>,
    /// The organisation or achterban represented.
    #[arg(long)]
    pub org: Option<String>,
    /// Where the actor stands: kern, ring or vrije ruimte.
    #[arg(long, value_enum, ignore_case = true)]
    pub position: Option<Position>,
    /// The role the actor holds from today.
    #[arg(long, value_enum, ignore_case = true)]
    pub role: Option<Role>,
    /// A tag (repeatable).
    #[arg(long)]
    pub tag: Vec<String>,
    /// Someone who should be at the table but is not yet.
    #[arg(long)]
    pub prospective: bool,
}

/// `knoop add relation`.
#[derive(Debug, Args)]
pub struct AddRelationArgs {
    /// From this actor (by name).
    pub from: String,
    /// To this actor (by name).
    pub to: String,
    /// The kind of relation, e.g. "werkt samen".
    #[arg(long, default_value = "werkt samen")]
    pub kind: String,
    /// Both ways.
    #[arg(long)]
    pub mutual: bool,
}

/// What `knoop export` writes.
#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum ExportWhat {
    /// The minutes of a meeting, in Markdown.
    Minutes,
    /// The network report in Markdown, in the UI language.
    Md,
    /// The same report as one self-contained HTML page, with the rings and the map.
    Html,
    /// The register and the relations as CSV, safe to open in a spreadsheet.
    Csv,
    /// The network as GraphML.
    Graphml,
    /// The network as GEXF 1.3, for Gephi.
    Gexf,
    /// The network for Graphviz, clustered by position.
    Dot,
    /// The network as a Kumu blueprint (JSON).
    Kumu,
}

/// How much `knoop export --redact` lets leave.
#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum RedactWhat {
    /// For the network's own team.
    Team,
    /// For anyone.
    Public,
}

/// How `knoop diff` writes.
#[derive(Debug, Clone, Copy)]
pub enum DiffFormat {
    /// Text for the terminal.
    Text,
    /// JSON.
    Json,
    /// Markdown.
    Md,
}

/// What `knoop import --format` reads.
#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum ImportFormat {
    /// A CSV table, recognised by its header.
    Csv,
    /// A Kumu blueprint (JSON).
    Kumu,
    /// GraphML.
    Graphml,
    /// GEXF.
    Gexf,
}

/// Which table `knoop export csv --table` writes.
#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum TableWhat {
    /// One row per actor.
    Actors,
    /// One row per relation.
    Relations,
}

/// What `knoop list` lists.
#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum ListWhat {
    /// Actors.
    Actors,
    /// Agenda topics.
    Topics,
    /// Ambitions.
    Ambitions,
    /// The log.
    Log,
    /// The identity card.
    Identity,
}

/// A command that failed for a reason the user can act on: printed without a backtrace, exit 1.
#[derive(Debug)]
pub struct UserError(pub String);

impl std::fmt::Display for UserError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for UserError {}

/// Ends knoop on a command line it cannot take: `--help` and `--version` as clap prints them,
/// a mistake in the user's language (from `--lang` as typed, else the environment) with the
/// accepted values where there is a list, and exit 2.
pub fn usage_error(e: &clap::Error) -> ! {
    use clap::error::{ContextKind, ContextValue, ErrorKind};
    if matches!(
        e.kind(),
        ErrorKind::DisplayHelp
            | ErrorKind::DisplayVersion
            | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand
    ) {
        e.exit();
    }
    let args: Vec<String> = std::env::args().collect();
    let flag = args
        .iter()
        .position(|a| a == "--lang")
        .and_then(|i| args.get(i + 1))
        .map(String::as_str)
        .or_else(|| args.iter().find_map(|a| a.strip_prefix("--lang=")))
        .and_then(Lang::parse);
    let lang = Lang::detect(flag);
    if lang == Lang::En {
        e.exit();
    }
    let text = |kind| match e.get(kind) {
        Some(ContextValue::String(s)) => s.clone(),
        Some(ContextValue::Strings(v)) => v.join(", "),
        _ => String::new(),
    };
    let message = match e.kind() {
        ErrorKind::InvalidValue => fill(
            lang.pick(crate::i18n::CLI_BAD_VALUE),
            &[
                ("value", &text(ContextKind::InvalidValue)),
                ("arg", &text(ContextKind::InvalidArg)),
                ("valid", &text(ContextKind::ValidValue)),
            ],
        ),
        ErrorKind::UnknownArgument | ErrorKind::InvalidSubcommand => fill(
            lang.pick(crate::i18n::CLI_UNKNOWN_ARG),
            &[
                ("arg", &text(ContextKind::InvalidArg)),
                ("arg", &text(ContextKind::InvalidSubcommand)),
            ],
        ),
        ErrorKind::MissingRequiredArgument => fill(
            lang.pick(crate::i18n::CLI_MISSING_ARG),
            &[("arg", &text(ContextKind::InvalidArg))],
        ),
        _ => e.to_string(),
    };
    eprintln!(
        "knoop: {}",
        crate::workspace::text::clean(message.trim_end())
    );
    eprintln!("{}", lang.pick(crate::i18n::CLI_SEE_HELP));
    std::process::exit(2);
}

/// `knoop lijst` is far more likely a mistyped command than a new workspace called `lijst`:
/// a FILE that does not exist, without a directory or an extension, is refused rather than
/// created.
pub fn mistyped_command(cli: &Cli) -> Option<String> {
    let file = cli.file.as_ref()?;
    let bare = file.components().count() == 1 && file.extension().is_none();
    (bare && !file.exists()).then(|| file.display().to_string())
}

/// The workspace path for this invocation, a symlink followed to its target.
pub fn workspace_path(cli: &Cli) -> Result<PathBuf, UserError> {
    let lang = Lang::detect(cli.lang);
    let path = cli
        .file
        .clone()
        .or_else(|| cli.workspace.clone())
        .or_else(crate::store::default_path)
        .ok_or_else(|| UserError(lang.pick(crate::i18n::CLI_NO_HOME).to_owned()))?;
    resolved(&path, lang)
}

/// `path` with its symlinks followed, or why it cannot be.
fn resolved(path: &std::path::Path, lang: Lang) -> Result<PathBuf, UserError> {
    crate::store::resolve(path).map_err(|e| {
        let shown = path.display().to_string();
        UserError(fill(
            lang.pick(crate::i18n::CLI_BAD_LINK),
            &[("path", &shown), ("e", &e)],
        ))
    })
}

/// The file `knoop check FILE` names, else the workspace as every command finds it.
fn check_path(cli: &Cli, file: Option<&std::path::Path>) -> Result<PathBuf, UserError> {
    match file {
        Some(f) => resolved(f, Lang::detect(cli.lang)),
        None => workspace_path(cli),
    }
}

/// `knoop export ...`, by format.
fn export_command(cli: &Cli, command: &Command, lang: Lang) -> Result<(), UserError> {
    match command {
        Command::Export {
            what: ExportWhat::Minutes,
            entry,
            output,
            ..
        } => read::minutes(&workspace_path(cli)?, *entry, output.as_deref(), lang),
        Command::Export {
            what: ExportWhat::Csv,
            table,
            output,
            redact,
            ..
        } => export::csv(
            &workspace_path(cli)?,
            *table,
            output.as_deref(),
            *redact,
            lang,
        ),
        Command::Export {
            what:
                what @ (ExportWhat::Md
                | ExportWhat::Html
                | ExportWhat::Graphml
                | ExportWhat::Gexf
                | ExportWhat::Dot
                | ExportWhat::Kumu),
            output,
            redact,
            ..
        } => export::graph(
            &workspace_path(cli)?,
            *what,
            output.as_deref(),
            *redact,
            lang,
        ),
        _ => Ok(()),
    }
}

/// The commands for sharing the file and seeing it change: git's side, snapshots, the diff.
fn team_command(cli: &Cli, command: &Command, lang: Lang) -> Result<(), UserError> {
    match command {
        Command::MergeDriver {
            base,
            ours,
            theirs,
            name,
        } => git::merge_driver(base, ours, theirs, name.as_deref(), lang),
        Command::Git(GitCommand::Setup) => git::setup(&workspace_path(cli)?, lang),
        Command::Textconv { file } => git::textconv(file, lang),
        Command::Snapshot { name } => {
            timeline::snapshot(&workspace_path(cli)?, name.as_deref(), cli.read_only, lang)
        }
        Command::Diff { from, to, json, md } => {
            let format = match (json, md) {
                (true, _) => DiffFormat::Json,
                (_, true) => DiffFormat::Md,
                _ => DiffFormat::Text,
            };
            timeline::run(
                &workspace_path(cli)?,
                from.as_deref(),
                to.as_deref(),
                format,
                lang,
            )
        }
        _ => Ok(()),
    }
}

/// `knoop config [--path | --default]`.
fn config_command(path: bool, default: bool, lang: Lang) -> Result<(), UserError> {
    let file = crate::config::path();
    if path {
        out::line(&file.map(|p| p.display().to_string()).unwrap_or_default());
        return Ok(());
    }
    if default {
        out::bytes_out(crate::config::DEFAULT.as_bytes());
        return Ok(());
    }
    let Some(file) = file else {
        return Err(UserError(lang.pick(crate::i18n::CLI_NO_HOME).to_owned()));
    };
    let shown = file.display().to_string();
    match std::fs::read_to_string(&file) {
        Err(_) => out::line(&crate::i18n::fill(
            lang.pick(crate::i18n::CONFIG_NONE),
            &[("path", &shown)],
        )),
        Ok(text) => {
            let c = crate::config::parse(&text, &shown, lang).map_err(UserError)?;
            let value = |v: Option<String>| v.unwrap_or_else(|| "-".to_owned());
            out::line(&format!("{shown}:"));
            out::line(&format!("  lang = {}", value(c.lang)));
            out::line(&format!(
                "  workspace = {}",
                value(c.workspace.map(|p| p.display().to_string()))
            ));
            out::line(&format!("  theme = {}", value(c.theme)));
            out::line(&format!(
                "  mouse = {}",
                value(c.mouse.map(|m| m.to_string()))
            ));
        }
    }
    Ok(())
}

/// The commands that print what knoop is: its schema, its manual, its completions.
fn about_command(command: &Command, lang: Lang) -> Result<(), UserError> {
    match command {
        Command::Schema => {
            let schema = schemars::schema_for!(crate::workspace::Workspace);
            out::line(&serde_json::to_string_pretty(&schema).unwrap_or_default());
            Ok(())
        }
        Command::Man { dir: Some(dir) } => {
            let shown = dir.display().to_string();
            let cannot = |e: std::io::Error| {
                UserError(crate::i18n::fill(
                    lang.pick(crate::i18n::CLI_CANNOT_WRITE),
                    &[("path", &shown), ("e", &e.to_string())],
                ))
            };
            std::fs::create_dir_all(dir).map_err(cannot)?;
            clap_mangen::generate_to(Cli::command(), dir).map_err(cannot)?;
            out::line(&crate::i18n::fill(
                lang.pick(crate::i18n::CLI_WROTE),
                &[("path", &shown)],
            ));
            Ok(())
        }
        Command::Man { dir: None } => {
            // Into memory first, as for the completions: a closed pipe is not a crash.
            let mut page = Vec::new();
            clap_mangen::Man::new(Cli::command())
                .render(&mut page)
                .map_err(|e| UserError(e.to_string()))?;
            out::bytes_out(&page);
            Ok(())
        }
        Command::Completions { shell } => {
            // Into memory first: clap_complete panics when its writer fails (a closed pipe).
            let mut script = Vec::new();
            clap_complete::generate(*shell, &mut Cli::command(), "knoop", &mut script);
            out::bytes_out(&script);
            Ok(())
        }
        _ => Ok(()),
    }
}

/// Runs a non-interactive command, printing to stdout; errors are for the caller to print.
pub fn run(cli: &Cli, command: &Command) -> Result<(), UserError> {
    let lang = Lang::detect(cli.lang);
    match command {
        Command::Config { path, default } => config_command(*path, *default, lang),
        Command::Schema | Command::Man { .. } | Command::Completions { .. } => {
            about_command(command, lang)
        }
        Command::Demo { file, force } => write::demo(file, *force, lang),
        Command::Check { file } => read::check(&check_path(cli, file.as_deref())?, lang),
        Command::Export { .. } => export_command(cli, command, lang),
        Command::Ask => {
            let stdin = std::io::stdin();
            ask::run(
                &workspace_path(cli)?,
                lang,
                &mut stdin.lock(),
                &mut std::io::stdout(),
            )
        }
        Command::List { what, json } => read::list(&workspace_path(cli)?, *what, *json, lang),
        Command::Import {
            files,
            dry_run,
            format,
            all,
        } => import::run(
            &workspace_path(cli)?,
            files,
            *format,
            *dry_run,
            *all,
            cli.read_only,
            lang,
        ),
        Command::MergeDriver { .. }
        | Command::Git(_)
        | Command::Textconv { .. }
        | Command::Snapshot { .. }
        | Command::Diff { .. } => team_command(cli, command, lang),
        Command::Forget { name, yes } => {
            if cli.read_only {
                return Err(UserError(lang.pick(crate::i18n::CLI_READ_ONLY).to_owned()));
            }
            forget::forget(&workspace_path(cli)?, name, *yes, lang)
        }
        Command::Analyse {
            chain: Some(ends),
            kind,
            ambition,
            ..
        } => analyse::chain(
            &workspace_path(cli)?,
            ends,
            kind.as_deref(),
            ambition.as_deref(),
            lang,
        ),
        Command::Analyse {
            json,
            kind,
            ambition,
            chain: None,
        } => analyse::run(
            &workspace_path(cli)?,
            kind.as_deref(),
            ambition.as_deref(),
            *json,
            lang,
        ),
        Command::Note(args) => write::note(&workspace_path(cli)?, args, cli.read_only, lang),
        Command::Checkin(args) => write::checkin(&workspace_path(cli)?, args, cli.read_only, lang),
        Command::Add(AddCommand::Actor(args)) => {
            write::add_actor(&workspace_path(cli)?, args, cli.read_only, lang)
        }
        Command::Add(AddCommand::Relation(args)) => {
            write::add_relation(&workspace_path(cli)?, args, cli.read_only, lang)
        }
    }
}
