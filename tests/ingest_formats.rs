//! Every seed document in `data/*.txt`, re-encoded and re-packaged at test
//! time, must come back from ingest with its text intact.

use std::fmt::Write as _;
use std::io::Write as _;
use std::path::{Path, PathBuf};

use encoding_rs::Encoding;
use zone_reform::ingest::{self, IngestError, Ingestor, Limits};

struct Seed {
    name: String,
    text: String,
}

fn seeds() -> Vec<Seed> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("data");
    let mut paths: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    paths.sort();
    assert!(paths.len() >= 5, "expected the seed documents in {dir:?}");
    paths
        .into_iter()
        .map(|p| Seed {
            name: p.file_name().unwrap().to_string_lossy().into_owned(),
            text: std::fs::read_to_string(&p).unwrap(),
        })
        .collect()
}

/// 001 and 002 are written in Traditional characters.
fn is_traditional(seed: &Seed) -> bool {
    seed.name.starts_with("001_") || seed.name.starts_with("002_")
}

/// Encodes `text` like `encoding.encode` does, and computes independently
/// what decoding must give back: the text with every character the encoding
/// cannot represent replaced by the `&#N;` reference the encoder writes.
fn encode(text: &str, encoding: &'static Encoding) -> (Vec<u8>, String, Vec<char>) {
    let (bytes, used, _) = encoding.encode(text);
    assert_eq!(used, encoding);
    let mut expected = String::with_capacity(text.len());
    let mut unmappable = Vec::new();
    let mut buf = [0u8; 4];
    for c in text.chars() {
        let (_, _, had_errors) = encoding.encode(c.encode_utf8(&mut buf));
        if had_errors {
            write!(expected, "&#{};", u32::from(c)).unwrap();
            if !unmappable.contains(&c) {
                unmappable.push(c);
            }
        } else {
            expected.push(c);
        }
    }
    (bytes.into_owned(), expected, unmappable)
}

fn utf16(text: &str, little_endian: bool) -> Vec<u8> {
    let mut out = if little_endian {
        vec![0xFF, 0xFE]
    } else {
        vec![0xFE, 0xFF]
    };
    for unit in text.encode_utf16() {
        let bytes = if little_endian {
            unit.to_le_bytes()
        } else {
            unit.to_be_bytes()
        };
        out.extend_from_slice(&bytes);
    }
    out
}

#[test]
fn utf8_with_and_without_bom() {
    for seed in seeds() {
        let doc = ingest::read_bytes(&seed.name, seed.text.as_bytes()).unwrap();
        assert_eq!(doc.text, seed.text, "{}", seed.name);
        assert_eq!(doc.id, seed.name);
        assert_eq!(doc.meta.format.as_deref(), Some("text"));
        assert_eq!(doc.meta.encoding.as_deref(), Some("UTF-8"));

        let mut bom = b"\xEF\xBB\xBF".to_vec();
        bom.extend_from_slice(seed.text.as_bytes());
        let doc = ingest::read_bytes(&seed.name, &bom).unwrap();
        assert_eq!(doc.text, seed.text, "{} with BOM", seed.name);
    }
}

#[test]
fn utf16_le_and_be_with_bom() {
    for seed in seeds() {
        for (le, label) in [(true, "UTF-16LE"), (false, "UTF-16BE")] {
            let doc = ingest::read_bytes(&seed.name, &utf16(&seed.text, le)).unwrap();
            assert_eq!(doc.text, seed.text, "{} as {label}", seed.name);
            assert_eq!(doc.meta.encoding.as_deref(), Some(label));
        }
    }
}

#[test]
fn gbk_and_gb18030() {
    for seed in seeds() {
        // GB18030 encodes every Unicode character.
        let (bytes, expected, unmappable) = encode(&seed.text, encoding_rs::GB18030);
        assert!(unmappable.is_empty());
        let doc = ingest::read_bytes(&seed.name, &bytes).unwrap();
        assert_eq!(doc.text, expected, "{} as gb18030", seed.name);
        assert_eq!(doc.text, seed.text, "{} as gb18030", seed.name);
        let label = doc.meta.encoding.unwrap();
        assert!(
            label == "GBK" || label == "gb18030",
            "{}: {label}",
            seed.name
        );

        // GBK lacks a few characters (U+00A0 no-break space, ©); the encoder
        // writes them as `&#N;`, which is what must come back.
        let (bytes, expected, unmappable) = encode(&seed.text, encoding_rs::GBK);
        if !unmappable.is_empty() {
            eprintln!("{}: not in GBK: {unmappable:?}", seed.name);
        }
        let doc = ingest::read_bytes(&seed.name, &bytes).unwrap();
        assert_eq!(doc.text, expected, "{} as GBK", seed.name);
        assert_eq!(doc.meta.encoding.as_deref(), Some("GBK"));
    }
}

#[test]
fn big5_for_the_traditional_seeds() {
    let traditional: Vec<Seed> = seeds().into_iter().filter(is_traditional).collect();
    assert_eq!(traditional.len(), 2);
    for seed in traditional {
        // Big5 cannot encode the pinyin tone letters in 001 (à, ǐ, ...,
        // outside the non-HKSCS part of the index that the WHATWG encoder
        // uses); they round-trip as `&#N;` references. 002 encodes fully.
        let (bytes, expected, unmappable) = encode(&seed.text, encoding_rs::BIG5);
        if !unmappable.is_empty() {
            eprintln!("{}: not in Big5: {unmappable:?}", seed.name);
        }
        let doc = ingest::read_bytes(&seed.name, &bytes).unwrap();
        assert_eq!(doc.meta.encoding.as_deref(), Some("Big5"), "{}", seed.name);
        assert_eq!(doc.text, expected, "{} as Big5", seed.name);
    }
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// Whitespace as HTML extraction leaves it: runs collapsed, ends trimmed.
fn normalize(line: &str) -> String {
    line.split_whitespace().collect::<Vec<_>>().join(" ")
}

const FURNITURE: &[&str] = &[
    "NAV_MENU_ITEM",
    "SCRIPT_SECRET",
    "STYLE_RULE",
    "FOOTER_COPYRIGHT",
    "HEADER_BANNER",
    "FORM_SEARCH",
];

fn html_page(seed: &Seed, charset: &str) -> String {
    let mut page = format!(
        "<!DOCTYPE html>\n<html lang=\"zh\">\n<head>\n<meta charset=\"{charset}\">\n\
         <title>{} | 开发区</title>\n<style>.STYLE_RULE {{ color: red }}</style>\n\
         <script>var SCRIPT_SECRET = \"<p>not text</p>\";</script>\n</head>\n<body>\n\
         <header><h1>HEADER_BANNER</h1></header>\n\
         <nav><ul><li><a href=\"/\">NAV_MENU_ITEM 首页</a></li><li>政务公开</li></ul></nav>\n\
         <form action=\"/s\"><input name=q><button>FORM_SEARCH</button></form>\n\
         <div class=\"main\"><article>\n",
        escape(&seed.name)
    );
    for line in seed.text.lines() {
        writeln!(page, "  <p>{}</p>", escape(line)).unwrap();
    }
    page.push_str(
        "</article>\n<script>document.write('SCRIPT_SECRET')</script></div>\n\
         <footer>FOOTER_COPYRIGHT &copy; 2024</footer>\n</body>\n</html>\n",
    );
    page
}

fn check_html(seed: &Seed, doc: &ingest::Document, what: &str) {
    assert_eq!(doc.meta.format.as_deref(), Some("html"), "{what}");
    let expected: Vec<String> = seed
        .text
        .lines()
        .map(normalize)
        .filter(|l| !l.is_empty())
        .collect();
    let got: Vec<&str> = doc.text.lines().collect();
    for line in &expected {
        assert!(
            got.contains(&line.as_str()),
            "{what}: missing line {line:?}"
        );
    }
    assert_eq!(got, expected, "{what}: exactly the seed's lines, in order");
    for marker in FURNITURE {
        assert!(!doc.text.contains(marker), "{what}: {marker} leaked");
    }
    assert_eq!(
        doc.meta.title.as_deref(),
        Some(format!("{} | 开发区", seed.name).as_str()),
        "{what}"
    );
}

#[test]
fn html_page_keeps_the_text_and_drops_the_furniture() {
    for seed in seeds() {
        let name = seed.name.replace(".txt", ".html");
        let page = html_page(&seed, "utf-8");
        let doc = ingest::read_bytes(&name, page.as_bytes()).unwrap();
        check_html(&seed, &doc, &format!("{name} UTF-8"));
        assert_eq!(doc.meta.encoding.as_deref(), Some("UTF-8"));

        // The same page in GB18030, declared in <meta charset>.
        let page = html_page(&seed, "gb18030");
        let (bytes, _, unmappable) = encode(&page, encoding_rs::GB18030);
        assert!(unmappable.is_empty());
        let doc = ingest::read_bytes(&name, &bytes).unwrap();
        check_html(&seed, &doc, &format!("{name} gb18030"));
        assert_eq!(doc.meta.encoding.as_deref(), Some("gb18030"));

        // Content sniffing: no .html extension needed.
        let doc = ingest::read_bytes("page", html_page(&seed, "utf-8").as_bytes()).unwrap();
        check_html(&seed, &doc, &format!("{name} sniffed"));
    }
}

/// A minimal Word document: one paragraph per line.
fn docx(lines: &[&str], title: &str) -> Vec<u8> {
    let mut body = String::new();
    for line in lines {
        if line.is_empty() {
            body.push_str("<w:p/>");
        } else {
            write!(
                body,
                "<w:p><w:pPr><w:jc w:val=\"both\"/></w:pPr><w:r><w:rPr><w:rFonts w:hint=\"eastAsia\"/></w:rPr>\
                 <w:t xml:space=\"preserve\">{}</w:t></w:r></w:p>",
                escape(line)
            )
            .unwrap();
        }
    }
    let document = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n\
         <w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">\
         <w:body>{body}<w:sectPr/></w:body></w:document>"
    );
    let core = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n\
         <cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" \
         xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:title>{}</dc:title></cp:coreProperties>",
        escape(title)
    );
    let content_types = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\
        <Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">\
        <Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>\
        <Default Extension=\"xml\" ContentType=\"application/xml\"/>\
        <Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>\
        </Types>";
    let rels = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\
        <Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">\
        <Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>\
        </Relationships>";
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    for (name, data) in [
        ("[Content_Types].xml", content_types),
        ("_rels/.rels", rels),
        ("word/document.xml", document.as_str()),
        ("docProps/core.xml", core.as_str()),
    ] {
        zip.start_file(name, options).unwrap();
        zip.write_all(data.as_bytes()).unwrap();
    }
    zip.finish().unwrap().into_inner()
}

#[test]
fn docx_paragraphs_come_back_in_order() {
    for seed in seeds() {
        let lines: Vec<&str> = seed.text.split('\n').collect();
        let bytes = docx(&lines, "开发区改革 & 实施方案");
        // Detected from content even without the extension.
        for name in [seed.name.replace(".txt", ".docx"), "upload".to_string()] {
            let doc = ingest::read_bytes(&name, &bytes).unwrap();
            assert_eq!(doc.meta.format.as_deref(), Some("docx"));
            let got: Vec<&str> = doc.text.split('\n').collect();
            assert_eq!(got, lines, "{name}");
            assert_eq!(doc.text, seed.text);
            assert_eq!(doc.meta.title.as_deref(), Some("开发区改革 & 实施方案"));
        }
    }
}

/// A deterministic pseudo-random byte stream (xorshift).
fn noise(len: usize, mut state: u64) -> Vec<u8> {
    (0..len)
        .map(|_| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            (state >> 24) as u8
        })
        .collect()
}

#[test]
fn binary_files_are_errors() {
    let mut png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR".to_vec();
    png.extend(noise(4096, 0x9E37_79B9_7F4A_7C15));
    let err = ingest::read_bytes("figure.png", &png).unwrap_err();
    assert!(matches!(err, IngestError::NotText { .. }), "{err:?}");
    let msg = err.to_string();
    assert!(
        msg.starts_with("figure.png: does not look like text"),
        "{msg}"
    );
    assert!(msg.contains("NUL byte"), "{msg}");

    // Random bytes without any NUL are still not text.
    let no_nul: Vec<u8> = noise(4096, 42).into_iter().filter(|&b| b != 0).collect();
    let err = ingest::read_bytes("blob.txt", &no_nul).unwrap_err();
    assert!(matches!(err, IngestError::NotText { .. }), "{err:?}");

    // Binary with an HTML extension is not an HTML page either.
    let err = ingest::read_bytes("page.html", &png).unwrap_err();
    assert!(matches!(err, IngestError::NotText { .. }), "{err:?}");
}

#[test]
fn empty_file_is_an_empty_document() {
    for name in ["empty.txt", "empty.html", "empty"] {
        let doc = ingest::read_bytes(name, b"").unwrap();
        assert_eq!(doc.text, "", "{name}");
        assert_eq!(doc.id, name);
    }
    let tmp = tempfile::tempdir().unwrap();
    let path = tmp.path().join("empty.txt");
    std::fs::write(&path, b"").unwrap();
    let doc = ingest::read_path(&path).unwrap();
    assert_eq!(doc.text, "");
    assert_eq!(doc.meta.source.as_deref(), Some(path.as_path()));
}

#[test]
fn pdf_asks_for_conversion_first() {
    let pdf = b"%PDF-1.7\n%\xE2\xE3\xCF\xD3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n";
    for name in ["report.pdf", "report"] {
        let err = ingest::read_bytes(name, pdf).unwrap_err();
        assert!(matches!(err, IngestError::Unsupported { .. }), "{err:?}");
        let msg = err.to_string();
        assert!(
            msg.starts_with(&format!("{name}: PDF is not supported")),
            "{msg}"
        );
        assert!(
            msg.contains("convert the PDF to text or DOCX first"),
            "{msg}"
        );
        assert!(msg.contains("pdftotext -enc UTF-8"), "{msg}");
    }
}

#[test]
fn read_path_for_every_format() {
    let tmp = tempfile::tempdir().unwrap();
    let seed = seeds().swap_remove(0);
    let (gbk, expected_gbk, _) = encode(&seed.text, encoding_rs::GBK);
    let lines: Vec<&str> = seed.text.split('\n').collect();
    let files: Vec<(&str, Vec<u8>)> = vec![
        ("seed.txt", seed.text.as_bytes().to_vec()),
        ("seed-gbk.txt", gbk),
        ("seed.htm", html_page(&seed, "utf-8").into_bytes()),
        ("seed.docx", docx(&lines, "标题")),
    ];
    for (name, bytes) in &files {
        let path = tmp.path().join(name);
        std::fs::write(&path, bytes).unwrap();
        let doc = ingest::read_path(&path).unwrap();
        assert_eq!(doc.id, *name);
        assert_eq!(doc.meta.source.as_deref(), Some(path.as_path()));
        match *name {
            "seed-gbk.txt" => assert_eq!(doc.text, expected_gbk),
            "seed.htm" => check_html(&seed, &doc, name),
            _ => assert_eq!(doc.text, seed.text, "{name}"),
        }
    }

    // A limit error from a file names the path, the limit and how to raise it.
    let path = tmp.path().join("seed.txt");
    let small = Ingestor::new(Limits {
        max_document_bytes: 1024,
        ..Limits::default()
    });
    let msg = small.read_path(&path).unwrap_err().to_string();
    assert!(msg.starts_with(&path.display().to_string()), "{msg}");
    assert!(msg.contains("Limits::max_document_bytes = 1024"), "{msg}");
}

#[test]
fn huge_single_line() {
    let line = "开发区推行“管委会+公司”改革，".repeat(30_000);
    assert!(line.len() > 1 << 20);
    let doc = ingest::read_bytes("long.txt", line.as_bytes()).unwrap();
    assert_eq!(doc.text, line);

    let (gbk, _, _) = encoding_rs::GBK.encode(&line);
    let doc = ingest::read_bytes("long-gbk.txt", &gbk).unwrap();
    assert_eq!(doc.text, line);

    let page = format!("<html><body><p>{line}</p></body></html>");
    let doc = ingest::read_bytes("long.html", page.as_bytes()).unwrap();
    assert_eq!(doc.text, line);

    let bytes = docx(&[&line], "长");
    let doc = ingest::read_bytes("long.docx", &bytes).unwrap();
    assert_eq!(doc.text, line);
}

// ---- Scoring the same document read from every format -------------------

fn scorer() -> zone_reform::Scorer {
    let rubric = zone_reform::Rubric::builtin().unwrap();
    zone_reform::Scorer::new(&rubric).unwrap()
}

/// Grades per dimension and the total of a document.
fn grades(scorer: &zone_reform::Scorer, doc: &ingest::Document) -> (Vec<(String, u32)>, f64) {
    let s = scorer.score(doc);
    let g = s
        .dimensions
        .iter()
        .map(|d| (d.id.clone(), d.grade))
        .collect();
    (g, s.total)
}

#[test]
fn every_encoding_scores_exactly_like_the_utf8_original() {
    let scorer = scorer();
    for seed in seeds() {
        let original = grades(
            &scorer,
            &ingest::Document::from_text(&seed.name, &seed.text),
        );
        let mut variants: Vec<(&str, Vec<u8>)> = vec![
            ("UTF-16LE", utf16(&seed.text, true)),
            ("UTF-16BE", utf16(&seed.text, false)),
            ("GBK", encode(&seed.text, encoding_rs::GBK).0),
            ("GB18030", encode(&seed.text, encoding_rs::GB18030).0),
        ];
        if is_traditional(&seed) {
            variants.push(("Big5", encode(&seed.text, encoding_rs::BIG5).0));
        }
        for (what, bytes) in variants {
            let doc = ingest::read_bytes(&seed.name, &bytes).unwrap();
            assert_eq!(grades(&scorer, &doc), original, "{} as {what}", seed.name);
        }
    }
}

#[test]
fn html_page_and_docx_give_the_same_grades() {
    let scorer = scorer();
    for seed in seeds() {
        let original = grades(
            &scorer,
            &ingest::Document::from_text(&seed.name, &seed.text),
        );
        let page = html_page(&seed, "utf-8");
        let html =
            ingest::read_bytes(&seed.name.replace(".txt", ".html"), page.as_bytes()).unwrap();
        assert_eq!(
            grades(&scorer, &html).0,
            original.0,
            "{} as HTML",
            seed.name
        );
        let lines: Vec<&str> = seed.text.split('\n').collect();
        let docx = ingest::read_bytes("seed.docx", &docx(&lines, "t")).unwrap();
        assert_eq!(
            grades(&scorer, &docx).0,
            original.0,
            "{} as DOCX",
            seed.name
        );
    }
}

#[test]
fn empty_file_scores_zero() {
    let doc = ingest::read_bytes("empty.txt", b"").unwrap();
    let s = scorer().score(&doc);
    assert_eq!(s.total, 0.0);
    assert!(s.dimensions.iter().all(|d| d.grade == 0));
}

#[test]
fn binary_file_is_an_error_and_the_batch_goes_on() {
    use zone_reform::batch::{score_stream, Input};
    let dir = tempfile::tempdir().unwrap();
    let mut png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR".to_vec();
    png.extend(noise(4096, 7));
    let bad = dir.path().join("figure.png");
    std::fs::write(&bad, &png).unwrap();
    let seed = &seeds()[3];
    let good = dir.path().join(&seed.name);
    std::fs::write(&good, &seed.text).unwrap();
    let mut results = Vec::new();
    let summary = score_stream(
        &scorer(),
        [Input::Path(bad), Input::Path(good)],
        4,
        |item| results.push(item.result.map(|s| s.total)),
    );
    assert_eq!((summary.scored, summary.failed), (1, 1));
    assert!(matches!(results[0], Err(IngestError::NotText { .. })));
    assert!(results[1].as_ref().is_ok_and(|t| *t > 0.0));
}

#[test]
fn table_cells_are_clauses_so_a_negation_stays_in_its_cell() {
    // A rectification table: the problem column's 未 must not negate the
    // measure in the next column. Cells are separated by a tab, which
    // normalization keeps and segmentation reads as a clause break.
    let scorer = scorer();
    let page = "<html><head><meta charset=\"utf-8\"><title>整改清单</title></head><body>\
                <h1>桃李经济开发区管委会审计整改清单</h1>\
                <p>开发区管委会对审计指出的问题逐项整改,情况如下。</p>\
                <table><tr><th>问题</th><th>整改措施</th><th>整改情况</th></tr>\
                <tr><td>部分审批事项未实行一窗受理</td><td>全面推行一窗受理</td>\
                <td>已整改到位</td></tr></table></body></html>";
    let html = ingest::read_bytes("table.html", page.as_bytes()).unwrap();
    assert!(
        html.text
            .contains("部分审批事项未实行一窗受理\t全面推行一窗受理\t已整改到位"),
        "{}",
        html.text
    );
    let one_stop = |doc: &ingest::Document| {
        grades(&scorer, doc)
            .0
            .into_iter()
            .find(|(id, _)| id == "one_stop")
            .map(|(_, g)| g)
    };
    assert!(one_stop(&html) >= Some(2), "{:?}", grades(&scorer, &html));
    // The same table exported from a spreadsheet reads alike.
    let tsv = ingest::Document::from_text("table.txt", html.text.clone());
    assert_eq!(grades(&scorer, &tsv).0, grades(&scorer, &html).0);
    // Joined by spaces, the cells are one clause and the 未 negates it all:
    // the reason cells need their separator.
    let joined = ingest::Document::from_text("joined.txt", html.text.replace('\t', " "));
    assert_eq!(one_stop(&joined), Some(0));
}
