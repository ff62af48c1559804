//! DOCX: paragraphs of `word/document.xml`, title from `docProps/core.xml`.

use super::{IngestError, Limits};
use quick_xml::events::{BytesRef, Event};
use quick_xml::Reader;
use std::io::{Cursor, Read};
use zip::result::ZipError;
use zip::ZipArchive;

/// The main document part.
const DOCUMENT_XML: &str = "word/document.xml";
/// The core properties part (title, author, ...).
const CORE_XML: &str = "docProps/core.xml";

/// The most memory reserved up front for a part, whatever its header says.
const INITIAL_CAPACITY_MAX: u64 = 16 * 1024 * 1024;

/// Text and title of a Word document.
#[derive(Debug)]
pub(crate) struct Word {
    pub(crate) text: String,
    pub(crate) title: Option<String>,
}

/// Reads the paragraphs of a DOCX file, one line each.
pub(crate) fn read(name: &str, bytes: &[u8], limits: &Limits) -> Result<Word, IngestError> {
    let bad = |reason: String| IngestError::BadDocx {
        name: name.to_string(),
        reason,
    };
    let mut archive = ZipArchive::new(Cursor::new(bytes))
        .map_err(|e| bad(format!("not a readable ZIP archive: {e}")))?;
    let document = read_part(name, &mut archive, DOCUMENT_XML, limits)?
        .ok_or_else(|| bad(format!("the archive has no {DOCUMENT_XML}")))?;
    let document = xml_text(&document).map_err(|e| bad(format!("{DOCUMENT_XML}: {e}")))?;
    let text = paragraphs(&document).map_err(|e| bad(format!("{DOCUMENT_XML}: {e}")))?;
    // The title is optional metadata: a damaged core.xml does not fail the document.
    let title = match read_part(name, &mut archive, CORE_XML, limits) {
        Ok(Some(core)) => xml_text(&core).ok().and_then(|core| title(&core)),
        Ok(None) | Err(IngestError::BadDocx { .. }) => None,
        Err(e) => return Err(e),
    };
    Ok(Word { text, title })
}

/// Reads one part of the archive, at most `limits.max_uncompressed_bytes`
/// of it; `None` if the part does not exist.
fn read_part(
    name: &str,
    archive: &mut ZipArchive<Cursor<&[u8]>>,
    part: &str,
    limits: &Limits,
) -> Result<Option<Vec<u8>>, IngestError> {
    let bad = |reason: String| IngestError::BadDocx {
        name: name.to_string(),
        reason,
    };
    let max = limits.max_uncompressed_bytes;
    let too_large = |size: u64| IngestError::TooLarge {
        name: name.to_string(),
        what: format!("{part} uncompressed"),
        size,
        limit: "max_uncompressed_bytes",
        max,
    };
    let file = match archive.by_name(part) {
        Ok(file) => file,
        Err(ZipError::FileNotFound) => return Ok(None),
        Err(e) => return Err(bad(format!("cannot open {part}: {e}"))),
    };
    // The declared size can lie; it only allows an early, cheap refusal.
    if file.size() > max {
        return Err(too_large(file.size()));
    }
    // Nor is the declared size trusted for the allocation.
    let capacity = usize::try_from(file.size().min(max).min(INITIAL_CAPACITY_MAX)).unwrap_or(0);
    let mut data = Vec::with_capacity(capacity);
    file.take(max.saturating_add(1))
        .read_to_end(&mut data)
        .map_err(|e| bad(format!("cannot decompress {part}: {e}")))?;
    if data.len() as u64 > max {
        return Err(too_large(data.len() as u64));
    }
    Ok(Some(data))
}

/// The XML part as a string: UTF-8 (optionally with a BOM) or UTF-16 with a BOM.
fn xml_text(bytes: &[u8]) -> Result<String, String> {
    if let Some((encoding, bom_len)) = encoding_rs::Encoding::for_bom(bytes) {
        let rest = bytes.get(bom_len..).unwrap_or_default();
        let (text, had_errors) = encoding.decode_without_bom_handling(rest);
        if had_errors {
            return Err(format!("invalid {} text", encoding.name()));
        }
        return Ok(text.into_owned());
    }
    String::from_utf8(bytes.to_vec()).map_err(|e| format!("not UTF-8: {e}"))
}

/// The character a reference like `amp` or `#x4E2D` stands for.
fn resolve_reference(reference: &BytesRef<'_>) -> Option<String> {
    if let Ok(Some(c)) = reference.resolve_char_ref() {
        return Some(c.to_string());
    }
    let name = reference.decode().ok()?;
    quick_xml::escape::resolve_predefined_entity(&name).map(str::to_string)
}

/// Walks WordprocessingML: every `w:p` is one line; `w:t` text is kept,
/// `w:tab` is a tab and `w:br`/`w:cr` a line break inside a run. Alternative
/// content fallbacks (`mc:Fallback`, which repeat the `mc:Choice` text) are
/// skipped, as are deleted text and field codes (not `w:t`).
fn paragraphs(xml: &str) -> Result<String, String> {
    let mut reader = Reader::from_str(xml);
    let mut lines: Vec<String> = Vec::new();
    // Open paragraphs; text boxes can nest a paragraph inside another.
    let mut open: Vec<String> = Vec::new();
    let mut in_text = 0usize;
    let mut in_run = 0usize;
    let mut skipping = 0usize;
    loop {
        let event = reader
            .read_event()
            .map_err(|e| format!("malformed XML at byte {}: {e}", reader.error_position()))?;
        match event {
            Event::Eof => break,
            // Inside a fallback only nested fallbacks are tracked.
            Event::Start(e) if skipping > 0 && e.name().as_ref() == b"mc:Fallback" => {
                skipping += 1;
            }
            Event::End(e) if skipping > 0 && e.name().as_ref() == b"mc:Fallback" => {
                skipping -= 1;
            }
            _ if skipping > 0 => {}
            Event::Start(e) => match e.name().as_ref() {
                b"w:p" => open.push(String::new()),
                b"w:r" => in_run += 1,
                b"w:t" => in_text += 1,
                b"mc:Fallback" => skipping += 1,
                other => inline(other, in_run, &mut open),
            },
            Event::Empty(e) => match e.name().as_ref() {
                b"w:p" => lines.push(String::new()),
                other => inline(other, in_run, &mut open),
            },
            Event::End(e) => match e.name().as_ref() {
                b"w:p" => {
                    if let Some(line) = open.pop() {
                        lines.push(line);
                    }
                }
                b"w:r" => in_run = in_run.saturating_sub(1),
                b"w:t" => in_text = in_text.saturating_sub(1),
                _ => {}
            },
            Event::Text(t) if in_text > 0 => {
                let t = t
                    .xml10_content()
                    .map_err(|e| format!("bad text near byte {}: {e}", reader.buffer_position()))?;
                push(&mut open, &t);
            }
            Event::CData(t) if in_text > 0 => {
                let t = t.decode().map_err(|e| {
                    format!("bad CDATA near byte {}: {e}", reader.buffer_position())
                })?;
                push(&mut open, &t);
            }
            Event::GeneralRef(r) if in_text > 0 => {
                if let Some(s) = resolve_reference(&r) {
                    push(&mut open, &s);
                }
            }
            _ => {}
        }
    }
    // Paragraphs left open by a truncated part still count.
    lines.extend(open);
    Ok(lines.join("\n"))
}

/// Inline elements that stand for characters inside a run.
fn inline(name: &[u8], in_run: usize, open: &mut [String]) {
    if in_run == 0 {
        // `w:tab` also appears in paragraph properties as a tab stop.
        return;
    }
    match name {
        b"w:tab" | b"w:ptab" => push(open, "\t"),
        b"w:br" | b"w:cr" => push(open, "\n"),
        b"w:noBreakHyphen" => push(open, "-"),
        _ => {}
    }
}

/// Appends text to the innermost open paragraph (text outside any paragraph
/// is malformed WordprocessingML and dropped).
fn push(open: &mut [String], s: &str) {
    if let Some(line) = open.last_mut() {
        line.push_str(s);
    }
}

/// `dc:title` from the core properties, trimmed, if not empty.
fn title(xml: &str) -> Option<String> {
    let mut reader = Reader::from_str(xml);
    let mut inside = false;
    let mut title = String::new();
    loop {
        match reader.read_event().ok()? {
            Event::Start(e) if e.name().as_ref() == b"dc:title" => inside = true,
            Event::End(e) if e.name().as_ref() == b"dc:title" => break,
            Event::Text(t) if inside => title.push_str(&t.xml10_content().ok()?),
            Event::GeneralRef(r) if inside => title.push_str(&resolve_reference(&r)?),
            Event::Eof => break,
            _ => {}
        }
    }
    let title = title.trim();
    (!title.is_empty()).then(|| title.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;
    use zip::write::SimpleFileOptions;

    const NS: &str = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" \
                      xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\"";

    fn docx(parts: &[(&str, &[u8])]) -> Vec<u8> {
        let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
        let options =
            SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
        for (name, data) in parts {
            zip.start_file(*name, options).unwrap();
            zip.write_all(data).unwrap();
        }
        zip.finish().unwrap().into_inner()
    }

    fn body(inner: &str) -> String {
        format!("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:document {NS}><w:body>{inner}</w:body></w:document>")
    }

    fn read_ok(bytes: &[u8]) -> Word {
        read("d.docx", bytes, &Limits::default()).unwrap()
    }

    #[test]
    fn paragraphs_runs_tabs_and_breaks() {
        let xml = body(
            "<w:p><w:pPr><w:tabs><w:tab w:val=\"left\" w:pos=\"720\"/></w:tabs></w:pPr>\
             <w:r><w:t>关于深化</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t xml:space=\"preserve\">开发区 </w:t></w:r>\
             <w:r><w:t>改革</w:t></w:r></w:p>\
             <w:p/>\
             <w:p><w:r><w:t>一、</w:t><w:tab/><w:t>总体要求</w:t><w:br/><w:t>第二行</w:t></w:r></w:p>\
             <w:tbl><w:tr><w:tc><w:p><w:r><w:t>单元格&amp;&#x4E2D;</w:t></w:r></w:p></w:tc></w:tr></w:tbl>\
             <w:p><w:del><w:r><w:delText>删除</w:delText></w:r></w:del>\
             <w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:t>保留</w:t></w:r></w:p>",
        );
        let word = read_ok(&docx(&[(DOCUMENT_XML, xml.as_bytes())]));
        assert_eq!(
            word.text,
            "关于深化开发区 改革\n\n一、\t总体要求\n第二行\n单元格&中\n保留"
        );
        assert_eq!(word.title, None);
    }

    #[test]
    fn alternate_content_fallback_is_not_repeated() {
        let xml = body(
            "<w:p><w:r><mc:AlternateContent><mc:Choice Requires=\"wps\">\
             <w:txbxContent><w:p><w:r><w:t>文本框</w:t></w:r></w:p></w:txbxContent></mc:Choice>\
             <mc:Fallback><w:txbxContent><w:p><w:r><w:t>文本框</w:t></w:r></w:p></w:txbxContent>\
             </mc:Fallback></mc:AlternateContent></w:r><w:r><w:t>正文</w:t></w:r></w:p>",
        );
        let word = read_ok(&docx(&[(DOCUMENT_XML, xml.as_bytes())]));
        assert_eq!(word.text, "文本框\n正文");
    }

    #[test]
    fn title_from_core_properties() {
        let xml = body("<w:p><w:r><w:t>正文</w:t></w:r></w:p>");
        let core = "<?xml version=\"1.0\"?><cp:coreProperties \
                    xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" \
                    xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:title> 实施方案 &amp; 细则 </dc:title>\
                    <dc:creator>x</dc:creator></cp:coreProperties>";
        let word = read_ok(&docx(&[
            (DOCUMENT_XML, xml.as_bytes()),
            (CORE_XML, core.as_bytes()),
        ]));
        assert_eq!(word.title.as_deref(), Some("实施方案 & 细则"));
        // A broken core.xml only loses the title.
        let word = read_ok(&docx(&[
            (DOCUMENT_XML, xml.as_bytes()),
            (CORE_XML, b"\xFF\xFE\x00"),
        ]));
        assert_eq!((word.text.as_str(), word.title), ("正文", None));
    }

    #[test]
    fn utf16_document_part() {
        let xml = body("<w:p><w:r><w:t>十六位</w:t></w:r></w:p>");
        let mut le = vec![0xFF, 0xFE];
        for unit in xml.encode_utf16() {
            le.extend_from_slice(&unit.to_le_bytes());
        }
        assert_eq!(read_ok(&docx(&[(DOCUMENT_XML, &le)])).text, "十六位");
    }

    #[test]
    fn missing_document_part_is_an_error() {
        let bytes = docx(&[("word/styles.xml", b"<x/>")]);
        let err = read("d.docx", &bytes, &Limits::default()).unwrap_err();
        assert!(matches!(err, IngestError::BadDocx { .. }), "{err:?}");
        assert!(err.to_string().contains("no word/document.xml"), "{err}");
    }

    #[test]
    fn not_a_zip_is_an_error() {
        let err = read("d.docx", b"plain text", &Limits::default()).unwrap_err();
        let msg = err.to_string();
        assert!(
            msg.starts_with("d.docx: cannot read as DOCX (not a readable ZIP archive"),
            "{msg}"
        );
        assert!(msg.contains("re-save"), "{msg}");
    }

    #[test]
    fn malformed_xml_is_an_error() {
        let bytes = docx(&[(DOCUMENT_XML, b"<w:document><w:body><w:p></w:body>")]);
        let err = read("d.docx", &bytes, &Limits::default()).unwrap_err();
        assert!(err.to_string().contains("malformed XML"), "{err}");
        let bytes = docx(&[(DOCUMENT_XML, b"<w:t>\xFF</w:t>")]);
        let err = read("d.docx", &bytes, &Limits::default()).unwrap_err();
        assert!(err.to_string().contains("not UTF-8"), "{err}");
    }

    #[test]
    fn zip_bomb_is_capped() {
        // 4 MiB of zeros compress to a few KiB.
        let xml = body(&format!(
            "<w:p><w:r><w:t>{}</w:t></w:r></w:p>",
            "0".repeat(4 << 20)
        ));
        let bytes = docx(&[(DOCUMENT_XML, xml.as_bytes())]);
        assert!(bytes.len() < 64 << 10, "{}", bytes.len());
        let limits = Limits {
            max_uncompressed_bytes: 1 << 20,
            ..Limits::default()
        };
        let err = read("bomb.docx", &bytes, &limits).unwrap_err();
        assert!(
            matches!(
                err,
                IngestError::TooLarge {
                    limit: "max_uncompressed_bytes",
                    ..
                }
            ),
            "{err:?}"
        );
        let msg = err.to_string();
        assert!(msg.contains("word/document.xml uncompressed"), "{msg}");
        assert!(
            msg.contains("Limits::max_uncompressed_bytes = 1048576"),
            "{msg}"
        );
    }

    #[test]
    fn lying_size_header_is_still_capped() {
        // Store the part uncompressed, then patch the sizes in both headers.
        let payload = body(&format!(
            "<w:p><w:r><w:t>{}</w:t></w:r></w:p>",
            "x".repeat(5000)
        ));
        let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
        let options =
            SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
        zip.start_file(DOCUMENT_XML, options).unwrap();
        zip.write_all(payload.as_bytes()).unwrap();
        let mut bytes = zip.finish().unwrap().into_inner();
        let declared = 10u32.to_le_bytes();
        let local = memchr::memmem::find(&bytes, b"PK\x03\x04").unwrap();
        bytes[local + 22..local + 26].copy_from_slice(&declared);
        let central = memchr::memmem::find(&bytes, b"PK\x01\x02").unwrap();
        bytes[central + 24..central + 28].copy_from_slice(&declared);
        let limits = Limits {
            max_uncompressed_bytes: 1000,
            ..Limits::default()
        };
        let err = read("lie.docx", &bytes, &limits).unwrap_err();
        assert!(matches!(err, IngestError::TooLarge { .. }), "{err:?}");
    }
}
