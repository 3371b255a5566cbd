//! Commands that are thin wrappers over the library, checked through the binary.

use crate::common::{copy_dir, read_csv, root, stderr, veille, veille_cmd};

#[test]
fn gazetteer_check_reports_file_and_line() {
    let o = veille(&["gazetteer", "check"]);
    assert!(
        o.status.success(),
        "the shipped gazetteers must be valid:\n{}",
        String::from_utf8_lossy(&o.stdout)
    );
    let o = veille(&["gazetteer", "check", "--gazetteers", "tests/fixtures/gazetteer/bad"]);
    assert_eq!(o.status.code(), Some(1));
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(!out.is_empty());
    // Each problem starts a line `path:line: message` (a message may go on over more lines).
    let problems: Vec<&str> =
        out.lines().filter(|l| l.starts_with("tests/fixtures/gazetteer/bad/")).collect();
    assert!(problems.len() >= 10, "{out}");
    for line in problems {
        let lineno = line.split(':').nth(1).unwrap_or("");
        assert!(lineno.parse::<usize>().is_ok_and(|n| n > 0), "no line number: {line}");
    }
}

#[test]
fn gazetteer_check_covers_every_data_file() {
    let dir = tempfile::tempdir().unwrap();
    let gaz = dir.path().join("gazetteers");
    copy_dir(&root().join("gazetteers"), &gaz);
    let months = gaz.join("lang/de/months.csv");
    let mut text = std::fs::read_to_string(&months).unwrap();
    text.push_str("Brumaire,13\n");
    std::fs::write(&months, &text).unwrap();
    let o = veille(&["gazetteer", "check", "--gazetteers", gaz.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    let out = String::from_utf8_lossy(&o.stdout);
    let line = text.lines().count();
    assert!(out.contains(&format!("months.csv:{line}:")), "{out}");
}

#[test]
fn bare_veille_runs_on_the_default_folders() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dir.path().join("corpus")).unwrap();
    std::fs::write(
        dir.path().join("corpus/a.txt"),
        "Nvidia investit 20 milliards d'euros en France.",
    )
    .unwrap();
    copy_dir(&root().join("gazetteers"), &dir.path().join("gazetteers"));
    let o = veille_cmd().current_dir(dir.path()).output().unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    let docs = read_csv(&dir.path().join("output/documents.csv"));
    assert_eq!(docs.len(), 1);
    assert!(stderr(&o).contains("veille: 1 documents"));
}

#[test]
fn help_lists_every_command() {
    let o = veille(&["--help"]);
    let help = String::from_utf8_lossy(&o.stdout);
    for cmd in ["run", "eval", "extract", "trace", "report", "bench", "gazetteer"] {
        assert!(help.contains(cmd), "{cmd} missing from --help:\n{help}");
    }
}
