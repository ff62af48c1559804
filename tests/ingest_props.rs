//! Ingest never panics, whatever the bytes.

use proptest::prelude::*;
use std::io::Write as _;
use zone_reform::ingest;

const NAMES: &[&str] = &[
    "doc.txt",
    "page.html",
    "file.docx",
    "report.pdf",
    "noext",
    "x.doc",
];

/// Prefixes that steer arbitrary bytes into each decoder and parser.
const PREFIXES: &[&[u8]] = &[
    b"",
    b"\xEF\xBB\xBF",
    b"\xFF\xFE",
    b"\xFE\xFF",
    b"<!DOCTYPE html><html><body>",
    b"<meta charset=\"gbk\"><p>",
    b"<?xml version=\"1.0\" encoding=\"big5\"?><html>",
    b"PK\x03\x04",
    b"PK\x05\x06",
    b"%PDF-1.7",
    b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1",
];

/// Chinese policy prose with ASCII, full-width punctuation and markup-like
/// characters, as valid UTF-8.
fn text() -> impl Strategy<Value = String> {
    proptest::string::string_regex(
        "([开发区管委会公司体制改革深化营商环境濟園區產業鏈集聚]|[a-zA-Z0-9 ]|[，。、“”（）：；\n\t]|[<>&/=\"]|[àǐ©\u{a0}\u{3000}𠀀]){0,120}",
    )
    .expect("valid regex")
}

/// Markup soup: tags, attributes, entities, comments and text.
fn tag_soup() -> impl Strategy<Value = String> {
    proptest::string::string_regex(
        "(<(p|div|nav|script|style|br|td|tr|table|title|pre|b|li|noscript|template|svg)( hidden| style=\"display:none\"| a=\"[a-z ]{0,4}\")?/?>|</(p|div|nav|script|style|td|table|title|pre|b|body|html)>|<!--[a-z -]{0,5}-->|&[a-z#0-9]{0,6};?|[开发区 \n<>&a-z]{0,8}){0,40}",
    )
    .expect("valid regex")
}

fn docx(text: &str) -> Vec<u8> {
    let mut body = String::new();
    for line in text.split('\n') {
        let line = line
            .replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('>', "&gt;");
        body.push_str(&format!(
            "<w:p><w:r><w:t xml:space=\"preserve\">{line}</w:t></w:r></w:p>"
        ));
    }
    let xml = format!(
        "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>{body}</w:body></w:document>"
    );
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    zip.start_file(
        "word/document.xml",
        zip::write::SimpleFileOptions::default(),
    )
    .expect("zip entry");
    zip.write_all(xml.as_bytes()).expect("zip write");
    zip.finish().expect("zip finish").into_inner()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_bytes_never_panic(
        name in proptest::sample::select(NAMES),
        prefix in proptest::sample::select(PREFIXES),
        bytes in proptest::collection::vec(any::<u8>(), 0..2048),
    ) {
        let mut input = prefix.to_vec();
        input.extend_from_slice(&bytes);
        let _ = ingest::read_bytes(name, &input);
        let _ = ingest::read_bytes(name, &bytes);
    }

    #[test]
    fn valid_text_round_trips(text in text()) {
        let doc = ingest::read_bytes("doc.txt", text.as_bytes()).expect("valid UTF-8 text");
        prop_assert_eq!(doc.text, text);
    }

    #[test]
    fn html_extraction_never_panics_and_lines_are_clean(html in tag_soup()) {
        let doc = ingest::read_bytes("page.html", html.as_bytes()).expect("HTML is text");
        for line in doc.text.split('\n') {
            prop_assert!(!line.is_empty() || doc.text.is_empty(), "empty line in {:?}", doc.text);
            prop_assert_eq!(line.trim(), line);
            prop_assert!(!line.contains("  "), "double space in {:?}", line);
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 32, ..ProptestConfig::default() })]

    /// Valid UTF-8 with one byte replaced at every position, and cut at every
    /// position, in every format the name can select.
    #[test]
    fn broken_utf8_at_every_position_never_panics(text in text(), byte in any::<u8>()) {
        let bytes = text.as_bytes();
        for i in 0..bytes.len() {
            let mut broken = bytes.to_vec();
            broken[i] = byte;
            let _ = ingest::read_bytes("doc.txt", &broken);
            let _ = ingest::read_bytes("page.html", &broken);
            let _ = ingest::read_bytes("doc.txt", &bytes[..i]);
        }
    }

    /// A valid DOCX with one byte changed at every position.
    #[test]
    fn corrupted_docx_never_panics(text in text(), byte in any::<u8>(), stride in 1usize..8) {
        let good = docx(&text);
        prop_assert_eq!(ingest::read_bytes("f.docx", &good).expect("valid docx").text, text);
        for i in (0..good.len()).step_by(stride) {
            let mut broken = good.clone();
            broken[i] = byte;
            let _ = ingest::read_bytes("f.docx", &broken);
            let _ = ingest::read_bytes("f.docx", &good[..i]);
        }
    }
}
