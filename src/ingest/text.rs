//! Character-encoding detection and decoding with quality checks.

use super::IngestError;
use encoding_rs::Encoding;

/// Decoded text and the name of the encoding it came from.
#[derive(Debug)]
pub(crate) struct Decoded {
    pub(crate) text: String,
    pub(crate) encoding: &'static str,
}

/// More than this share of bad characters (U+FFFD after decoding, or control
/// characters), in per cent, means the bytes are not text.
const BAD_PERCENT: usize = 2;
/// Up to this many bad characters are always tolerated, so that a short file
/// with one damaged or truncated character still decodes.
const BAD_ALWAYS_OK: usize = 3;

/// How many bytes `chardetng` looks at. Its guess is settled long before
/// this (256 KiB is some 85,000 Chinese characters), and it is the slowest
/// step for large legacy-encoded files.
const DETECT_BYTES: usize = 256 * 1024;

/// Decodes `bytes` to text.
///
/// Order: a byte-order mark (UTF-8, UTF-16LE, UTF-16BE) wins; then NUL bytes
/// reject the input as binary; then `declared` (an HTML `<meta charset>`) is
/// tried; then valid UTF-8; then UTF-8 with a few damaged sequences; then the
/// encoding `chardetng` guesses. Every result is checked for replacement and
/// control characters.
pub(crate) fn decode(
    name: &str,
    bytes: &[u8],
    declared: Option<&'static Encoding>,
) -> Result<Decoded, IngestError> {
    if let Some((encoding, bom_len)) = Encoding::for_bom(bytes) {
        let rest = bytes.get(bom_len..).unwrap_or_default();
        let (text, _) = encoding.decode_without_bom_handling(rest);
        check_quality(name, &text, encoding.name(), "byte-order mark")?;
        return Ok(Decoded {
            text: text.into_owned(),
            encoding: encoding.name(),
        });
    }
    if let Some(pos) = memchr::memchr(0, bytes) {
        return Err(IngestError::NotText {
            name: name.to_string(),
            reason: format!(
                "NUL byte at offset {pos}: binary data, or UTF-16 without a byte-order mark"
            ),
        });
    }
    if let Some(encoding) = declared {
        let (text, _) = encoding.decode_without_bom_handling(bytes);
        if check_quality(name, &text, encoding.name(), "declared charset").is_ok() {
            return Ok(Decoded {
                text: text.into_owned(),
                encoding: encoding.name(),
            });
        }
        // A wrong declaration is common on the web: fall through and detect.
    }
    // SIMD validation: the most common input, and a byte-at-a-time check
    // would cost as much as the phrase scan.
    if let Ok(text) = simdutf8::basic::from_utf8(bytes) {
        check_quality(name, text, "UTF-8", "valid UTF-8")?;
        return Ok(Decoded {
            text: text.to_string(),
            encoding: encoding_rs::UTF_8.name(),
        });
    }
    if mostly_utf8(bytes) {
        let text = String::from_utf8_lossy(bytes);
        check_quality(name, &text, "UTF-8", "mostly valid UTF-8")?;
        return Ok(Decoded {
            text: text.into_owned(),
            encoding: encoding_rs::UTF_8.name(),
        });
    }
    let mut detector = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
    match bytes.get(..DETECT_BYTES) {
        // A prefix: not the end of the stream, so `last` stays false.
        Some(prefix) => detector.feed(prefix, false),
        None => detector.feed(bytes, true),
    };
    let encoding = detector.guess(None, chardetng::Utf8Detection::Allow);
    let (text, _) = encoding.decode_without_bom_handling(bytes);
    let label = if encoding == encoding_rs::GBK && has_gb18030_four_byte(bytes) {
        encoding_rs::GB18030.name()
    } else {
        encoding.name()
    };
    check_quality(name, &text, label, "guessed by chardetng")?;
    Ok(Decoded {
        text: text.into_owned(),
        encoding: label,
    })
}

/// Whether `bytes` is UTF-8 with at most one damaged sequence per twenty
/// multi-byte characters. Legacy CJK encodings form valid UTF-8 sequences
/// only by chance: GBK text has about ten invalid sequences per valid one.
/// One damaged byte in UTF-8 makes up to three invalid sequences.
fn mostly_utf8(bytes: &[u8]) -> bool {
    let mut invalid = 0usize;
    let mut multibyte = 0usize;
    for chunk in bytes.utf8_chunks() {
        multibyte += chunk.valid().bytes().filter(|&b| b >= 0xC0).count();
        if !chunk.invalid().is_empty() {
            invalid += 1;
        }
    }
    multibyte > 0 && invalid.saturating_mul(20) <= multibyte
}

/// Whether GBK-family bytes use a GB18030 four-byte sequence (so the
/// encoding is reported as gb18030 rather than GBK; the decoder is the same).
fn has_gb18030_four_byte(bytes: &[u8]) -> bool {
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        if (0x81..=0xFE).contains(&b) {
            if let Some(next) = bytes.get(i + 1) {
                if next.is_ascii_digit() {
                    return true;
                }
            }
            i += 2;
        } else {
            i += 1;
        }
    }
    false
}

/// A control character that has no business in a text document. Tab, line
/// feed, vertical tab, form feed, carriage return, DOS end-of-file (0x1A) and
/// escape are allowed.
fn is_bad_control(c: char) -> bool {
    c.is_control()
        && !matches!(
            c,
            '\t' | '\n' | '\u{0B}' | '\u{0C}' | '\r' | '\u{1A}' | '\u{1B}'
        )
}

/// A byte that is, alone, a control character [`is_bad_control`] rejects
/// (an ASCII one: C0 controls but the allowed ones, and DEL).
fn is_bad_control_byte(b: u8) -> bool {
    b.is_ascii() && is_bad_control(char::from(b))
}

/// Characters, replacement characters and bad control characters in `text`,
/// counted over its bytes (the compiler vectorizes the loop): a character
/// begins at every byte that is not a continuation byte, U+FFFD is
/// `EF BF BD`, and the C1 controls U+0080–U+009F are `C2 80`–`C2 9F`.
fn counts(text: &str) -> (usize, usize, usize) {
    let bytes = text.as_bytes();
    let mut total = 0usize;
    let mut controls = 0usize;
    // Byte-wide counters over chunks of at most 255 bytes cannot overflow,
    // and let the loop run 16 or 32 bytes to an instruction.
    for chunk in bytes.chunks(255) {
        let (mut starts, mut bad) = (0u8, 0u8);
        for &b in chunk {
            starts = starts.wrapping_add(u8::from((b as i8) >= -0x40));
            bad = bad.wrapping_add(u8::from(is_bad_control_byte(b)));
        }
        total += usize::from(starts);
        controls += usize::from(bad);
    }
    controls += memchr::memchr_iter(0xC2, bytes)
        .filter(|&i| bytes.get(i + 1).is_some_and(|b| (0x80..=0x9F).contains(b)))
        .count();
    let replaced = memchr::memmem::find_iter(bytes, "\u{FFFD}".as_bytes()).count();
    (total, replaced, controls)
}

/// Rejects decoded text with too many replacement or control characters.
pub(crate) fn check_quality(
    name: &str,
    text: &str,
    encoding: &str,
    how: &str,
) -> Result<(), IngestError> {
    let (total, replaced, controls) = counts(text);
    let too_many = |bad: usize| {
        bad > BAD_ALWAYS_OK && bad.saturating_mul(100) > total.saturating_mul(BAD_PERCENT)
    };
    if too_many(replaced) {
        return Err(IngestError::NotText {
            name: name.to_string(),
            reason: format!(
                "{replaced} of {total} characters are undecodable as {encoding} ({how})"
            ),
        });
    }
    if too_many(controls) {
        let (pos, c) = text
            .char_indices()
            .find(|&(_, c)| is_bad_control(c))
            .unwrap_or((0, '\0'));
        return Err(IngestError::NotText {
            name: name.to_string(),
            reason: format!(
                "{controls} of {total} characters are control characters when decoded as \
                 {encoding} ({how}), the first U+{:04X} at byte {pos} of the decoded text",
                u32::from(c)
            ),
        });
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE: &str = "聊城嘉明经济开发区结合开发区体制改革后的职能职责，精准发力，\
                          打造以“管委会+公司”为核心的运营模式，推动高质量发展。";
    const TRADITIONAL: &str = "濟南新材料產業園區作為全區經濟建設的主戰場，將始終堅持\
                               以項目建設為中心，深化體制機制改革，優化營商環境。";

    fn ok(bytes: &[u8]) -> Decoded {
        decode("t.txt", bytes, None).unwrap()
    }

    #[test]
    fn utf8_with_and_without_bom() {
        let d = ok(SAMPLE.as_bytes());
        assert_eq!((d.text.as_str(), d.encoding), (SAMPLE, "UTF-8"));
        let mut bom = b"\xEF\xBB\xBF".to_vec();
        bom.extend_from_slice(SAMPLE.as_bytes());
        let d = ok(&bom);
        assert_eq!((d.text.as_str(), d.encoding), (SAMPLE, "UTF-8"));
    }

    #[test]
    fn utf16_with_bom() {
        let mut le = vec![0xFF, 0xFE];
        let mut be = vec![0xFE, 0xFF];
        for unit in SAMPLE.encode_utf16() {
            le.extend_from_slice(&unit.to_le_bytes());
            be.extend_from_slice(&unit.to_be_bytes());
        }
        let d = ok(&le);
        assert_eq!((d.text.as_str(), d.encoding), (SAMPLE, "UTF-16LE"));
        let d = ok(&be);
        assert_eq!((d.text.as_str(), d.encoding), (SAMPLE, "UTF-16BE"));
    }

    #[test]
    fn gbk_gb18030_and_big5_are_detected() {
        let (gbk, _, unmappable) = encoding_rs::GBK.encode(SAMPLE);
        assert!(!unmappable);
        let d = ok(&gbk);
        assert_eq!((d.text.as_str(), d.encoding), (SAMPLE, "GBK"));

        // U+20000 (an Extension B ideograph) needs a GB18030 four-byte sequence.
        let with_ext_b = format!("{SAMPLE}𠀀");
        let (gb18030, _, unmappable) = encoding_rs::GB18030.encode(&with_ext_b);
        assert!(!unmappable);
        let d = ok(&gb18030);
        assert_eq!(
            (d.text.as_str(), d.encoding),
            (with_ext_b.as_str(), "gb18030")
        );

        let (big5, _, unmappable) = encoding_rs::BIG5.encode(TRADITIONAL);
        assert!(!unmappable);
        let d = ok(&big5);
        assert_eq!((d.text.as_str(), d.encoding), (TRADITIONAL, "Big5"));
    }

    #[test]
    fn utf8_with_a_damaged_byte_stays_utf8() {
        let mut bytes = SAMPLE.repeat(3).into_bytes();
        bytes[10] = 0xFF;
        let d = ok(&bytes);
        assert_eq!(d.encoding, "UTF-8");
        assert!((1..=3).contains(&d.text.matches('\u{FFFD}').count()));
        assert!(d.text.ends_with("推动高质量发展。"));
    }

    #[test]
    fn nul_bytes_are_binary() {
        let err = decode("x.bin", b"abc\0def", None).unwrap_err();
        let msg = err.to_string();
        assert!(msg.starts_with("x.bin: does not look like text"), "{msg}");
        assert!(msg.contains("NUL byte at offset 3"), "{msg}");
    }

    #[test]
    fn control_characters_are_binary() {
        let err = decode("x.bin", b"ab\x01\x02\x03\x04cd", None).unwrap_err();
        assert!(err.to_string().contains("control characters"), "{err}");
        // A lone stray control character in real text is tolerated.
        assert!(decode("y.txt", "开发区\u{1}改革".as_bytes(), None).is_ok());
        // Form feeds and DOS end-of-file markers are normal in old text files.
        assert!(decode("z.txt", b"page one\x0cpage two\x1a", None).is_ok());
    }

    #[test]
    fn undecodable_utf16_is_an_error() {
        // Lone surrogates decode to U+FFFD.
        let mut le = vec![0xFF, 0xFE];
        for _ in 0..10 {
            le.extend_from_slice(&0xD800u16.to_le_bytes());
            le.extend_from_slice(b"a\0");
        }
        let err = decode("u.txt", &le, None).unwrap_err();
        assert!(err.to_string().contains("undecodable as UTF-16LE"), "{err}");
    }

    #[test]
    fn a_wrong_declared_charset_falls_back_to_detection() {
        let (gbk, _, _) = encoding_rs::GBK.encode(SAMPLE);
        let d = decode("p.html", &gbk, Some(encoding_rs::UTF_8)).unwrap();
        assert_eq!((d.text.as_str(), d.encoding), (SAMPLE, "GBK"));
        let d = decode("p.html", &gbk, Some(encoding_rs::GBK)).unwrap();
        assert_eq!(d.encoding, "GBK");
    }

    #[test]
    fn empty_is_empty_utf8() {
        let d = ok(b"");
        assert_eq!((d.text.as_str(), d.encoding), ("", "UTF-8"));
    }

    /// The counts as the character loop they replace would give them.
    fn reference_counts(text: &str) -> (usize, usize, usize) {
        let total = text.chars().count();
        let replaced = text.chars().filter(|&c| c == '\u{FFFD}').count();
        let controls = text.chars().filter(|&c| is_bad_control(c)).count();
        (total, replaced, controls)
    }

    #[test]
    fn byte_counts_match_the_character_loop_on_edges() {
        for text in [
            "",
            "\u{FFFD}\u{FFFD}x",
            "\u{80}\u{9F}\u{A0}\u{C2}·©",
            "\t\n\u{0B}\u{0C}\r\u{1A}\u{1B}\u{1C}\u{7F}\0",
            SAMPLE,
            TRADITIONAL,
        ] {
            assert_eq!(counts(text), reference_counts(text), "{text:?}");
        }
    }

    proptest::proptest! {
        #[test]
        fn byte_counts_match_the_character_loop(
            parts in proptest::collection::vec(proptest::prop_oneof![
                proptest::char::range('\0', '\u{FF}'),
                proptest::char::range('\u{FFF0}', '\u{FFFF}'),
                proptest::char::any(),
            ], 0..200)
        ) {
            let text: String = parts.into_iter().collect();
            proptest::prop_assert_eq!(counts(&text), reference_counts(&text));
        }
    }
}
