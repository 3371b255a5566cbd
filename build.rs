//! Compiles the language data under `gazetteers/` into the binary: writes
//! `$OUT_DIR/embedded_data.rs`, the list of every data file (corpus-style relative path
//! with `/`, bytes through `include_bytes!`) sorted by path, and its SHA-256
//! fingerprint, computed as `veille::resources::fingerprint_files` computes it at run
//! time (a test checks that both agree). Hidden files (a name starting with `.`) are
//! left out, as the run-time fingerprint leaves them out.

use sha2::{Digest, Sha256};
use std::path::{Path, PathBuf};

fn main() {
    let root = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").expect("cargo sets it"));
    let data = root.join("gazetteers");
    // A folder: cargo looks at every file under it, so an edit or a new file re-embeds.
    println!("cargo:rerun-if-changed=gazetteers");
    let mut files = Vec::new();
    walk(&data, &data, &mut files);
    files.sort();
    let mut hash = Sha256::new();
    let mut list = String::new();
    for (rel, path) in &files {
        let bytes = std::fs::read(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        hash.update(rel.as_bytes());
        hash.update([0]);
        hash.update(&bytes);
        list.push_str(&format!(
            "    ({rel:?}, include_bytes!({:?})),\n",
            path.display().to_string()
        ));
    }
    let fingerprint: String = hash.finalize().iter().map(|b| format!("{b:02x}")).collect();
    let code = format!(
        "/// The data files, as (relative path, bytes), sorted by path.\n\
         pub static FILES: &[(&str, &[u8])] = &[\n{list}];\n\
         /// SHA-256 over every file's relative path, a NUL byte and its bytes, in path order.\n\
         pub const FINGERPRINT: &str = {fingerprint:?};\n"
    );
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets it"));
    std::fs::write(out.join("embedded_data.rs"), code).expect("OUT_DIR is writable");
    println!("cargo:rustc-env=VEILLE_DATA_FINGERPRINT={fingerprint}");
}

/// Every file under `dir` but hidden ones, as (path relative to `root` with `/`, path).
fn walk(root: &Path, dir: &Path, out: &mut Vec<(String, PathBuf)>) {
    let entries = std::fs::read_dir(dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
    for entry in entries {
        let entry = entry.expect("a readable folder entry");
        let path = entry.path();
        let name = entry.file_name();
        let name = name.to_str().unwrap_or_else(|| panic!("{}: not UTF-8", path.display()));
        if name.starts_with('.') {
            continue;
        }
        if path.is_dir() {
            walk(root, &path, out);
        } else {
            let rel = path.strip_prefix(root).expect("under root");
            let rel: Vec<&str> = rel.iter().map(|c| c.to_str().expect("UTF-8")).collect();
            out.push((rel.join("/"), path.clone()));
        }
    }
}
