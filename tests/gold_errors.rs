//! Gold-file errors: each names the file, line and column and says how to fix it.

use zone_reform::validate::{GoldError, GoldFile};

fn gold_err(text: &str) -> (GoldError, String) {
    let err = GoldFile::from_toml_str(text, "gold/test.toml").unwrap_err();
    let msg = err.to_string();
    (err, msg)
}

#[test]
fn gold_float_grade_names_line_and_column() {
    let (err, msg) = gold_err("[[doc]]\nfile = \"a.txt\"\nstaffing = 2.5\n");
    assert!(matches!(err, GoldError::BadGrade { .. }));
    assert!(msg.starts_with("gold/test.toml:3:12: "), "{msg}");
    assert!(
        msg.contains("`staffing`") && msg.contains("float `2.5`"),
        "{msg}"
    );
}

#[test]
fn gold_string_and_negative_grades() {
    let (_, msg) =
        gold_err("[[doc]]\nfile = \"a.txt\"\n\n[[doc]]\nfile = \"b.txt\"\none_stop = \"3\"\n");
    assert!(msg.starts_with("gold/test.toml:6:12: "), "{msg}");
    assert!(msg.contains("string `\"3\"`"), "{msg}");
    let (_, msg) = gold_err("[[doc]]\nfile = \"a.txt\"\n  investment = -1   # 负数\n");
    assert!(msg.starts_with("gold/test.toml:3:16: "), "{msg}");
    assert!(msg.contains("negative integer `-1`"), "{msg}");
    let (_, msg) = gold_err("[[doc]]\nfile = \"a.txt\"\nx = 99999999999\n");
    assert!(msg.contains("too large"), "{msg}");
}

#[test]
fn gold_duplicate_file_names_both_places() {
    let text = "[[doc]]\nfile = \"a.txt\"\nzone = \"甲\"\nstaffing = 1\n\n[[doc]]\nzone = \"乙\"\nfile = \"a.txt\"\n";
    let (err, msg) = gold_err(text);
    assert!(matches!(
        err,
        GoldError::DuplicateFile { first_line: 2, .. }
    ));
    assert!(msg.starts_with("gold/test.toml:8:8: "), "{msg}");
    assert!(msg.contains("line 2"), "{msg}");
}

#[test]
fn gold_missing_file_and_layout_errors() {
    let (err, msg) =
        gold_err("[[doc]]\nfile = \"a.txt\"\n\n[[doc]]\nzone = \"乙\"\nstaffing = 1\n");
    assert!(matches!(err, GoldError::MissingFile { .. }));
    assert!(msg.starts_with("gold/test.toml:4:1: "), "{msg}");
    let (err, msg) = gold_err("[[doc]]\nfile = 3\n");
    assert!(matches!(err, GoldError::BadField { .. }));
    assert!(
        msg.starts_with("gold/test.toml:2:8: ") && msg.contains("integer `3`"),
        "{msg}"
    );
    let (err, msg) = gold_err("title = \"x\"\n");
    assert!(matches!(err, GoldError::Layout { .. }));
    assert!(msg.starts_with("gold/test.toml:1:1: "), "{msg}");
    let (_, msg) = gold_err("[doc]\nfile = \"a\"\n");
    assert!(msg.contains("[[doc]]"), "{msg}");
    let (_, msg) = gold_err("[[doc]]\nfile = \"a.txt\"\n[doc.notes]\nx = 1\n");
    assert!(msg.contains("table"), "{msg}");
}

#[test]
fn gold_syntax_error_has_location() {
    let (err, msg) = gold_err("[[doc]]\nfile = \"a.txt\"\nstaffing = \n");
    assert!(matches!(err, GoldError::Syntax { .. }));
    assert!(
        msg.starts_with("gold/test.toml:3:12: TOML syntax error"),
        "{msg}"
    );
    let err = GoldFile::load("/nonexistent/gold.toml").unwrap_err();
    assert!(matches!(err, GoldError::Io { .. }));
    assert!(err.to_string().contains("/nonexistent/gold.toml"));
}

#[test]
fn gold_empty_file_has_no_docs() {
    let gold = GoldFile::from_toml_str("# nothing yet\n", "g.toml").unwrap();
    assert!(gold.docs.is_empty());
}
