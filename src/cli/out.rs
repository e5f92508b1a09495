//! The command line's output. A reader that stops reading (`knoop list log --json | head -1`)
//! ends knoop quietly with exit 0, as `cat` and `grep` users expect, never with a backtrace.

use std::io::{ErrorKind, Write};

/// Prints `text` and a newline to standard output.
pub fn line(text: &str) {
    let mut bytes = Vec::with_capacity(text.len() + 1);
    bytes.extend_from_slice(text.as_bytes());
    bytes.push(b'\n');
    bytes_out(&bytes);
}

/// Writes `bytes` to standard output as they are.
pub fn bytes_out(bytes: &[u8]) {
    let mut out = std::io::stdout().lock();
    match out.write_all(bytes).and_then(|()| out.flush()) {
        Err(e) if e.kind() == ErrorKind::BrokenPipe => std::process::exit(0),
        // Any other failure to print (a full disk behind a redirect) is not worth a panic; what
        // was to be saved has been saved by then.
        _ => {}
    }
}
