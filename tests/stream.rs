//! Reading a stream gives what reading the whole text gives, however the reader hands the text
//! over (down to a byte at a time) and however small the pieces it is read in.

mod common;

use std::io::{BufReader, ErrorKind};
use vnparse::extract::{Entity, Extractor};

const REPORT: &str = include_str!("../sample/report.txt");

/// The entities of `text` read as a stream handed over `chunk` bytes at a time, in pieces of
/// `piece` bytes.
fn streamed(extractor: &Extractor, text: &str, chunk: usize, piece: usize) -> Vec<Entity> {
    let reader = BufReader::with_capacity(chunk, text.as_bytes());
    extractor
        .stream(reader)
        .with_piece(piece)
        .map(|found| {
            let found = found.expect("valid UTF-8");
            assert_eq!(found.text, text[found.entity.span.clone()]);
            found.entity
        })
        .collect()
}

#[test]
fn any_chunk_size_gives_the_whole_texts_entities() {
    let extractor = Extractor::new();
    let whole = extractor.extract(REPORT);
    assert!(whole.len() > 50);
    for chunk in [1, 2, 3, 5, 8, 13, 64, 100, 1000, 4096, 1 << 20] {
        assert_eq!(
            streamed(&extractor, REPORT, chunk, 1 << 20),
            whole,
            "chunk {chunk}"
        );
    }
}

#[test]
fn small_pieces_cut_at_lines_give_the_whole_texts_entities() {
    let extractor = Extractor::new();
    let whole = extractor.extract(REPORT);
    let longest_line = REPORT.lines().map(str::len).max().unwrap_or(0);
    for piece in [longest_line + 1, 1000, 4096] {
        for chunk in [1, 7, 512] {
            assert_eq!(
                streamed(&extractor, REPORT, chunk, piece),
                whole,
                "piece {piece}, chunk {chunk}"
            );
        }
    }
}

#[test]
fn a_line_longer_than_a_piece_is_read_across_its_cuts() {
    // The report as one line: every piece is cut inside it, with a window each side.
    let text = REPORT.replace('\n', " ");
    let extractor = Extractor::new();
    let whole = extractor.extract(&text);
    for piece in [2048, 4096, 10_000] {
        for chunk in [1, 300, 8192] {
            assert_eq!(
                streamed(&extractor, &text, chunk, piece),
                whole,
                "piece {piece}, chunk {chunk}"
            );
        }
    }
}

#[test]
fn decomposed_text_streams_as_it_reads_whole() {
    let text = common::nfd(REPORT);
    let extractor = Extractor::new();
    let whole = extractor.extract(&text);
    for chunk in [1, 3, 4096] {
        assert_eq!(streamed(&extractor, &text, chunk, 1 << 20), whole);
    }
}

#[test]
fn json_lines_are_the_whole_texts() {
    let extractor = Extractor::new();
    let whole: Vec<String> = extractor
        .extract(REPORT)
        .iter()
        .map(|e| e.to_json(REPORT))
        .collect();
    let streamed: Vec<String> = extractor
        .stream(BufReader::with_capacity(5, REPORT.as_bytes()))
        .map(|found| found.expect("valid UTF-8").to_json())
        .collect();
    assert_eq!(streamed, whole);
}

#[test]
fn bad_utf8_ends_the_stream_with_its_offset() {
    let mut bytes = b"Chi 810 tri\xe1\xbb\x87u \xc4\x91\xe1\xbb\x93ng.\n".to_vec();
    let bad = bytes.len() + 3;
    bytes.extend_from_slice(b"abc\xffdef 5%\n");
    let extractor = Extractor::new();
    let mut results: Vec<_> = extractor.stream(&bytes[..]).collect();
    // Entities of pieces before the bad one may come first; the error is last.
    let error = results.pop().expect("an error").expect_err("bad UTF-8");
    assert!(results.iter().all(Result::is_ok));
    assert_eq!(error.kind(), ErrorKind::InvalidData);
    assert!(
        error.to_string().contains(&format!("offset {bad}")),
        "{error}"
    );
}

#[test]
fn empty_and_blank_streams_give_nothing() {
    let extractor = Extractor::new();
    for text in ["", "\n", "   \n\n", "không có số nào"] {
        assert_eq!(extractor.stream(text.as_bytes()).count(), 0, "{text:?}");
    }
}

mod random {
    use super::*;
    use proptest::prelude::*;

    /// Text of the pieces entities are made of, joined at random: words, digits, signs,
    /// spaces and line breaks.
    fn text() -> impl Strategy<Value = String> {
        let pieces = prop::sample::select(
            &[
                "ngày ",
                "15/8",
                " ",
                "\n",
                "tháng 6 ",
                "năm 2024",
                "triệu đồng",
                "1.200",
                ",5",
                "%",
                " - ",
                "huyện Gia Viễn",
                "xã ",
                "khoảng ",
                "hộ",
                "Thứ hai, ",
                "0912345678",
                "quý II/2023",
                "và ",
                "\r\n",
                "Đại hội XIII",
                "a",
                "ệ",
                "e\u{323}\u{302}",
            ][..],
        );
        prop::collection::vec(pieces, 0..60).prop_map(|p| p.concat())
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(128))]

        #[test]
        fn a_stream_gives_the_whole_texts_entities(text in text(), chunk in 1usize..40) {
            let extractor = Extractor::new();
            prop_assert_eq!(
                streamed(&extractor, &text, chunk, 1 << 20),
                extractor.extract(&text)
            );
        }

        #[test]
        fn small_pieces_never_panic_and_stay_in_order(text in text(), chunk in 1usize..40) {
            let extractor = Extractor::new();
            let found = streamed(&extractor, &text, chunk, 64);
            for pair in found.windows(2) {
                prop_assert!(pair[0].span.end <= pair[1].span.start);
            }
        }
    }
}

#[test]
fn a_long_stretch_that_is_not_utf8_is_an_error_not_a_hang() {
    let bytes = vec![0x80u8; 300];
    let extractor = Extractor::new();
    let results: Vec<_> = extractor
        .stream(BufReader::with_capacity(7, &bytes[..]))
        .with_piece(64)
        .collect();
    assert_eq!(results.len(), 1);
    assert_eq!(
        results[0].as_ref().map_err(|e| e.kind()).err(),
        Some(ErrorKind::InvalidData)
    );
}

#[test]
fn borrowed_entities_are_those_the_iterator_gives() {
    // One line and many: pieces cut at lines and inside a line, read by reference and by value.
    let one_line = REPORT.replace('\n', " ");
    let extractor = Extractor::new();
    for text in [REPORT, one_line.as_str()] {
        for piece in [256, 4096, 1 << 20] {
            let owned: Vec<_> = extractor
                .stream(text.as_bytes())
                .with_piece(piece)
                .collect::<Result<_, _>>()
                .expect("valid UTF-8");
            let mut stream = extractor.stream(text.as_bytes()).with_piece(piece);
            let mut borrowed = Vec::new();
            while let Some(found) = stream.next_ref() {
                let found = found.expect("valid UTF-8");
                assert_eq!(found.text, &text[found.entity.span.clone()]);
                borrowed.push(found.to_found());
            }
            assert_eq!(borrowed, owned, "piece {piece}");
        }
    }
}

#[test]
fn a_borrowing_stream_ends_at_bad_utf8_as_the_iterator_does() {
    let mut bytes = "Chi 810 triệu đồng.\n".repeat(40).into_bytes();
    bytes.extend_from_slice(&[0xFF, b'\n']);
    bytes.extend_from_slice("tăng 7,22%".as_bytes());
    let extractor = Extractor::new();
    let owned: Vec<_> = extractor.stream(&bytes[..]).with_piece(256).collect();
    let mut stream = extractor.stream(&bytes[..]).with_piece(256);
    let mut borrowed = Vec::new();
    while let Some(found) = stream.next_ref() {
        borrowed.push(found.map(|found| found.to_found()));
    }
    // The entities of the pieces before the bad one, then the error, and nothing after it.
    assert_eq!(borrowed.len(), owned.len());
    assert!(borrowed.len() > 1);
    for (b, o) in borrowed.iter().zip(&owned) {
        match (b, o) {
            (Ok(b), Ok(o)) => assert_eq!(b, o),
            (Err(b), Err(o)) => assert_eq!((b.kind(), b.to_string()), (o.kind(), o.to_string())),
            _ => panic!("the borrowing stream and the iterator differ"),
        }
    }
    let error = borrowed
        .last()
        .expect("an error")
        .as_ref()
        .expect_err("bad UTF-8");
    assert_eq!(error.kind(), ErrorKind::InvalidData);
}
