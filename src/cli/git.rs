//! knoop and git: `knoop merge-driver` (git's merge-driver contract), `knoop git setup` (which
//! registers it and the readable diff in the repository that holds the workspace, as nbdime's
//! installer does) and `knoop textconv` (the workspace as text for `git diff`).

use std::path::{Path, PathBuf};
use std::process::Command;

use super::{UserError, out};
use crate::i18n::{self as t, Lang, fill};
use crate::merge::merge;

fn say(lang: Lang, l: t::L, args: &[(&str, &str)]) -> String {
    fill(lang.pick(l), args)
}

/// `knoop merge-driver %O %A %B %P`: merges `ours` (%A, which it overwrites) with `theirs`
/// (%B) from `base` (%O). Exit 0 when clean; 1 (a [`UserError`]) when conflicts remain, with
/// the file valid and the conflicts in it, or when a side is not a workspace (then %A stays as
/// it was, and git reports a conflict).
pub fn merge_driver(
    base: &Path,
    ours: &Path,
    theirs: &Path,
    name: Option<&str>,
    lang: Lang,
) -> Result<(), UserError> {
    let shown = name.map_or_else(|| ours.display().to_string(), str::to_owned);
    let read = |p: &Path| -> Result<Option<serde_json::Value>, UserError> {
        let bytes = std::fs::read(p).map_err(|e| {
            UserError(say(
                lang,
                t::IMPORT_CANNOT_READ,
                &[("path", &p.display().to_string()), ("e", &e.to_string())],
            ))
        })?;
        if bytes.iter().all(u8::is_ascii_whitespace) {
            return Ok(None);
        }
        serde_json::from_slice(&bytes).map(Some).map_err(|e| {
            UserError(say(
                lang,
                t::MERGE_NOT_WORKSPACE,
                &[("path", &shown), ("e", &e.to_string())],
            ))
        })
    };
    let b = read(base)?;
    let (Some(o), Some(th)) = (read(ours)?, read(theirs)?) else {
        return Err(UserError(say(
            lang,
            t::MERGE_EMPTY_SIDE,
            &[("path", &shown)],
        )));
    };
    let merged = merge(b, o, th).map_err(|e| {
        UserError(say(
            lang,
            t::MERGE_NOT_WORKSPACE,
            &[("path", &shown), ("e", &e)],
        ))
    })?;
    let bytes = crate::store::serialize(&merged.workspace).map_err(|e| UserError(e.to_string()))?;
    std::fs::write(ours, bytes).map_err(|e| {
        UserError(say(
            lang,
            t::CLI_CANNOT_WRITE,
            &[("path", &shown), ("e", &e.to_string())],
        ))
    })?;
    for (list, id) in &merged.dropped {
        eprintln!(
            "knoop: {}",
            say(
                lang,
                t::MERGE_DROPPED,
                &[("path", &shown), ("list", list), ("id", id)]
            )
        );
    }
    let open = merged.workspace.conflicts.len();
    if open == 0 {
        return Ok(());
    }
    Err(UserError(say(
        lang,
        t::MERGE_CONFLICTS,
        &[
            ("path", &shown),
            (
                "fields",
                &t::count(lang, open, t::MERGE_FIELD, t::MERGE_FIELDS),
            ),
        ],
    )))
}

fn git(dir: &Path, args: &[&str]) -> Option<String> {
    let out = Command::new("git")
        .arg("-C")
        .arg(dir)
        .args(args)
        .output()
        .ok()?;
    out.status
        .success()
        .then(|| String::from_utf8_lossy(&out.stdout).trim().to_owned())
}

/// `knoop git setup`: the merge driver and the readable diff for the workspace at `path`, in
/// the repository that holds it. Changes only what is not set up yet, and says what it did.
pub fn setup(path: &Path, lang: Lang) -> Result<(), UserError> {
    let full = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_owned());
    let dir = full
        .parent()
        .map_or_else(|| PathBuf::from("."), Path::to_owned);
    let shown = path.display().to_string();
    let root = git(&dir, &["rev-parse", "--show-toplevel"])
        .ok_or_else(|| UserError(say(lang, t::GIT_NO_REPO, &[("path", &shown)])))?;
    let root = PathBuf::from(root);
    let relative = full
        .strip_prefix(std::fs::canonicalize(&root).unwrap_or_else(|_| root.clone()))
        .map_or_else(|_| shown.clone(), |p| p.display().to_string());
    // The binary as it runs now, so git finds it even where knoop is not on the PATH.
    let me =
        std::env::current_exe().map_or_else(|_| "knoop".to_owned(), |p| p.display().to_string());
    let quoted = format!("'{}'", me.replace('\'', r"'\''"));
    let wanted = [
        (
            "merge.knoop.name",
            "knoop: per actor en per veld".to_owned(),
        ),
        (
            "merge.knoop.driver",
            format!("{quoted} merge-driver %O %A %B %P"),
        ),
        ("diff.knoop.textconv", format!("{quoted} textconv")),
    ];
    let mut did = Vec::new();
    for (key, value) in &wanted {
        if git(&root, &["config", "--local", "--get", key]).as_deref() != Some(value.as_str()) {
            git(&root, &["config", "--local", key, value])
                .ok_or_else(|| UserError(say(lang, t::GIT_CANNOT_CONFIG, &[("key", key)])))?;
            did.push(say(lang, t::GIT_SET, &[("key", key)]));
        }
    }
    let attributes = root.join(".gitattributes");
    let line = format!(
        "{} merge=knoop diff=knoop",
        relative.replace(' ', "[[:space:]]")
    );
    let existing = std::fs::read_to_string(&attributes).unwrap_or_default();
    if !existing.lines().any(|l| l.trim() == line) {
        let mut text = existing.clone();
        if !text.is_empty() && !text.ends_with('\n') {
            text.push('\n');
        }
        text.push_str(&line);
        text.push('\n');
        std::fs::write(&attributes, text).map_err(|e| {
            UserError(say(
                lang,
                t::CLI_CANNOT_WRITE,
                &[
                    ("path", &attributes.display().to_string()),
                    ("e", &e.to_string()),
                ],
            ))
        })?;
        did.push(say(
            lang,
            t::GIT_ATTRIBUTES,
            &[("line", &line), ("path", &attributes.display().to_string())],
        ));
    }
    if did.is_empty() {
        out::line(&say(lang, t::GIT_ALREADY, &[("path", &shown)]));
    } else {
        for d in did {
            out::line(&d);
        }
        out::line(&say(lang, t::GIT_DONE, &[]));
    }
    Ok(())
}

/// `knoop textconv FILE`: the workspace as text; never fails on what the file holds.
pub fn textconv(file: &Path, lang: Lang) -> Result<(), UserError> {
    let bytes = std::fs::read(file).map_err(|e| {
        UserError(say(
            lang,
            t::IMPORT_CANNOT_READ,
            &[("path", &file.display().to_string()), ("e", &e.to_string())],
        ))
    })?;
    out::bytes_out(crate::export::textconv::textconv(&bytes).as_bytes());
    Ok(())
}
