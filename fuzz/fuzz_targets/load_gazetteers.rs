//! Gazetteer loading on any bytes: a copy of the shipped gazetteers has one of its files
//! (chosen by the first byte) replaced by the input, then `veille gazetteer check`'s
//! validation and the full load run on it. Either may refuse the data (with
//! `file:line`); neither may panic.

#![no_main]

use libfuzzer_sys::fuzz_target;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

/// A scratch copy of the shipped gazetteers, and its files.
fn scratch() -> &'static (PathBuf, Vec<PathBuf>) {
    static SCRATCH: OnceLock<(PathBuf, Vec<PathBuf>)> = OnceLock::new();
    SCRATCH.get_or_init(|| {
        let from = Path::new(env!("CARGO_MANIFEST_DIR")).join("../gazetteers");
        let to = std::env::temp_dir().join(format!("veille-fuzz-{}", std::process::id()));
        let mut files = Vec::new();
        copy(&from, &to, &mut files);
        files.sort();
        (to, files)
    })
}

fn copy(from: &Path, to: &Path, files: &mut Vec<PathBuf>) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap() {
        let p = e.unwrap().path();
        let dest = to.join(p.file_name().unwrap());
        if p.is_dir() {
            copy(&p, &dest, files);
        } else {
            std::fs::copy(&p, &dest).unwrap();
            files.push(dest);
        }
    }
}

fuzz_target!(|data: &[u8]| {
    let Some((&pick, content)) = data.split_first() else { return };
    let (dir, files) = scratch();
    let file = &files[usize::from(pick) % files.len()];
    let original = std::fs::read(file).unwrap();
    std::fs::write(file, content).unwrap();
    let _ = veille::gazetteer::check(dir);
    let _ = veille::resources::Resources::load(dir);
    std::fs::write(file, original).unwrap();
});
