//! The reader: reads and parses a file to import on its own thread, so a 10,000-row
//! spreadsheet never holds a key up. One file at a time; the loop looks for the result while
//! one is under way.

use std::path::PathBuf;
use std::sync::Mutex;
use std::sync::mpsc::{Receiver, channel};

use crate::app::import::ImportRead;
use crate::i18n::{self as t, Lang, fill};
use crate::import::{self, Format, Incoming, preview};

static UNDER_WAY: Mutex<Option<Receiver<ImportRead>>> = Mutex::new(None);

fn read(path: &std::path::Path, lang: Lang) -> ImportRead {
    let shown = path.display().to_string();
    let bytes = std::fs::read(path).map_err(|e| {
        fill(
            lang.pick(t::IMPORT_CANNOT_READ),
            &[("path", &shown), ("e", &e.to_string())],
        )
    })?;
    let format = Format::guess(&shown, &bytes);
    let mut incoming = Incoming::default();
    // Rows are placed by the file's name: the path is in the preview's title.
    let name = path
        .file_name()
        .map_or_else(|| shown.clone(), |n| n.to_string_lossy().into_owned());
    import::read(&name, &bytes, format, &mut incoming)
        .map_err(|bad| preview::bad(&bad, format, lang))?;
    Ok((shown, incoming))
}

/// Starts reading `path`.
pub fn start(path: PathBuf, lang: Lang) {
    let (tx, rx) = channel();
    let spawned = std::thread::Builder::new()
        .name("knoop-reader".into())
        .spawn(move || {
            let _ = tx.send(read(&path, lang));
        });
    if spawned.is_ok()
        && let Ok(mut slot) = UNDER_WAY.lock()
    {
        *slot = Some(rx);
    }
}

/// Whether a file is being read.
pub fn busy() -> bool {
    UNDER_WAY.lock().is_ok_and(|s| s.is_some())
}

/// The file read, once it is.
pub fn try_result() -> Option<ImportRead> {
    let mut slot = UNDER_WAY.lock().ok()?;
    let read = slot.as_ref()?.try_recv();
    match read {
        Ok(r) => {
            *slot = None;
            Some(r)
        }
        Err(std::sync::mpsc::TryRecvError::Empty) => None,
        Err(std::sync::mpsc::TryRecvError::Disconnected) => {
            *slot = None;
            None
        }
    }
}
