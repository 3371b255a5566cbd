//! Commands that are thin wrappers over the library, checked through the binary.

mod common;
use common::veille;

#[test]
fn gazetteer_check_reports_file_and_line() {
    let o = veille(&["gazetteer", "check"]);
    assert!(o.status.success(), "the shipped gazetteers must be valid:\n{}", String::from_utf8_lossy(&o.stdout));
    let o = veille(&["gazetteer", "check", "--gazetteers", "tests/fixtures/gazetteer/bad"]);
    assert_eq!(o.status.code(), Some(1));
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(!out.is_empty());
    // Each problem starts a line `path:line: message` (a message may go on over more lines).
    let problems: Vec<&str> = out.lines().filter(|l| l.starts_with("tests/fixtures/gazetteer/bad/")).collect();
    assert!(problems.len() >= 10, "{out}");
    for line in problems {
        let lineno = line.split(':').nth(1).unwrap_or("");
        assert!(lineno.parse::<usize>().is_ok_and(|n| n > 0), "no line number: {line}");
    }
}

#[test]
fn bare_veille_means_run_and_help_lists_commands() {
    let o = veille(&["--help"]);
    let help = String::from_utf8_lossy(&o.stdout);
    for cmd in ["run", "eval", "extract", "trace", "report", "bench", "gazetteer"] {
        assert!(help.contains(cmd), "{cmd} missing from --help:\n{help}");
    }
}
