//! The README is read as a contract: its key table is the keymap table.

use std::path::Path;

#[test]
fn the_readme_key_table_is_the_keymap_table() {
    let readme =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md")).unwrap();
    let start = "<!-- keys: made from src/app/keymap.rs; a test keeps them equal -->\n";
    let end = "<!-- /keys -->";
    let table = knoop::app::keymap::markdown();
    let from = readme.find(start).map(|i| i + start.len());
    let to = readme.find(end);
    let found = match (from, to) {
        (Some(a), Some(b)) if a <= b => &readme[a..b],
        _ => "",
    };
    assert!(
        found == table,
        "README.md's key table differs from the keymap; put this between the markers:\n{start}{table}{end}"
    );
}
