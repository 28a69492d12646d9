//! The fuzz targets' invariants, replayed on stable over every committed input of the fuzz
//! corpora (`fuzz/corpus/TARGET/`) and every crash reproducer (`fuzz/artifacts/TARGET/`), so
//! that CI guards what fuzzing found without a nightly toolchain. Then the defects fuzzing
//! found, each as the sentence that showed it and what it must read as now.

use std::path::{Path, PathBuf};

mod common;
#[path = "../fuzz/invariants.rs"]
mod invariants;

use invariants::Check;

/// Every file of the corpus and the artifacts of `target`.
fn inputs(target: &str) -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz");
    let mut files = Vec::new();
    for dir in ["corpus", "artifacts"] {
        let Ok(entries) = std::fs::read_dir(root.join(dir).join(target)) else {
            continue;
        };
        files.extend(
            entries
                .filter_map(|e| Some(e.ok()?.path()))
                .filter(|p| p.is_file()),
        );
    }
    files.sort();
    files
}

/// Runs `check` on every input of `target`; fails listing the inputs that break it.
fn replay(target: &str, check: impl Fn(&[u8]) -> Check) {
    let files = inputs(target);
    assert!(!files.is_empty(), "no corpus for the fuzz target {target}");
    let failures: Vec<String> = files
        .iter()
        .filter_map(|path| {
            let data = std::fs::read(path).ok()?;
            let why = check(&data).err()?;
            Some(format!("{}: {why}", path.display()))
        })
        .collect();
    assert!(
        failures.is_empty(),
        "{} of {} inputs of {target} fail:\n{}",
        failures.len(),
        files.len(),
        failures.join("\n")
    );
}

/// A check of text, on inputs that are UTF-8 (the targets skip the others too).
fn on_text(check: impl Fn(&str) -> Check) -> impl Fn(&[u8]) -> Check {
    move |data| std::str::from_utf8(data).map_or(Ok(()), &check)
}

#[test]
fn extract_corpus_keeps_the_contract() {
    replay("extract", on_text(invariants::check_extract));
}

#[test]
fn from_str_corpus_reads_back() {
    replay("from_str", on_text(invariants::check_from_str));
}

#[test]
fn round_trip_corpus_reads_back() {
    replay("round_trip", invariants::check_round_trip);
}

#[test]
fn nfc_nfd_corpus_reads_the_same() {
    replay(
        "nfc_nfd",
        on_text(|text| invariants::check_nfc_nfd(text, common::nfd)),
    );
}

// ---------------------------------------------------------------------------------------------
// The defects fuzzing found, as sentences.

/// The JSON lines `extract` prints for `text`.
fn json(text: &str) -> Vec<String> {
    vnparse::extract(text)
        .iter()
        .map(|e| e.to_json(text))
        .collect()
}

#[test]
fn an_amount_past_the_decimal_range_is_no_entity() {
    // 2^96 and more: no entity at all, whatever the grouping, and no tail of it either.
    for text in [
        "1 000 000 000 000 000 000 000 000 000 000",
        "chi 79 228 162 514 264 337 593 543 950 336 đồng",
        "chi 79.228.162.514.264.337.593.543.950.336 đồng",
        "khoảng 100 000 000 000 000 000 000 000 000 000 người",
        "tổng 99\u{a0}999\u{a0}999\u{a0}999\u{a0}999\u{a0}999\u{a0}999\u{a0}999\u{a0}999\u{a0}999 đồng",
    ] {
        assert_eq!(json(text), Vec::<String>::new(), "{text}");
    }
    // The largest amount that fits still reads, and what follows a refused one still does.
    let text = "chi 79 228 162 514 264 337 593 543 950 335 đồng";
    assert!(json(text)[0].contains(r#""value":"79228162514264337593543950335""#));
    let text = "số 1 000 000 000 000 000 000 000 000 000 000 và 5 đồng";
    let found = json(text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].contains(r#""text":"5 đồng""#), "{found:?}");
}

#[test]
fn leap_lunar_months_are_lunar_days() {
    let found = json("ngày 15 tháng 4 nhuận năm 2020 âm lịch");
    assert_eq!(
        found,
        [
            r#"{"kind":"date","start":0,"end":46,"text":"ngày 15 tháng 4 nhuận năm 2020 âm lịch","value":"--04-15","calendar":"lunar","solar":"2020-06-06"}"#
        ]
    );
    for text in [
        "Lễ giỗ vào ngày 15 tháng 4 (nhuận) năm 2020.",
        "Đám cưới tổ chức ngày 15 tháng nhuận năm 2020 theo lịch âm.",
        "mùng 10 tháng 2 nhuận năm 2023",
    ] {
        let found = json(text);
        let dates: Vec<_> = found
            .iter()
            .filter(|l| l.contains(r#""kind":"date""#))
            .collect();
        assert_eq!(dates.len(), 1, "{text}: {found:?}");
        assert!(
            dates[0].contains(r#""calendar":"lunar""#),
            "{text}: {found:?}"
        );
        assert!(dates[0].contains(r#""solar":""#), "{text}: {found:?}");
    }
    // A leap month the year lacks is no date.
    for text in [
        "ngày 15 tháng 5 nhuận năm 2020",
        "ngày 15 tháng nhuận năm 2024",
    ] {
        let found = json(text);
        assert!(
            !found.iter().any(|l| l.contains(r#""kind":"date""#)),
            "{text}: {found:?}"
        );
    }
}

#[test]
fn lunar_dates_outside_the_calendar_have_no_solar_day() {
    // The lunar day is the value whatever its year (`--MM-DD`); a year outside the table of
    // the calendar gives no solar day, and `Date` refuses it, saying the range.
    for (text, value) in [
        ("1/1/2200 âm lịch", "--01-01"),
        ("15/8/1899 âm lịch", "--08-15"),
        ("mùng 5 tháng Giêng năm 1789 âm lịch", "--01-05"),
    ] {
        let found = json(text);
        assert_eq!(found.len(), 1, "{text}: {found:?}");
        assert!(
            found[0].contains(&format!(r#""value":"{value}","calendar":"lunar""#)),
            "{text}: {found:?}"
        );
        assert!(!found[0].contains("solar"), "{text}: {found:?}");
        let err = text.parse::<vnparse::Date>().unwrap_err().to_string();
        assert!(
            err.contains("1900") && err.contains("2199"),
            "{text}: {err}"
        );
    }
}

#[test]
fn a_lunar_date_with_its_year_gives_its_solar_day() {
    let found = json("Ngày 15 tháng Chạp năm 2024");
    assert_eq!(
        found,
        [
            r#"{"kind":"date","start":0,"end":32,"text":"Ngày 15 tháng Chạp năm 2024","value":"--12-15","calendar":"lunar","solar":"2025-01-14"}"#
        ]
    );
    let found = json("Rằm tháng Giêng");
    assert!(!found[0].contains("solar"), "{found:?}");
}

#[test]
fn a_wrong_weekday_is_flagged() {
    assert_eq!(
        json("Thứ hai, 10/03/2023"),
        [
            r#"{"kind":"date","start":0,"end":21,"text":"Thứ hai, 10/03/2023","value":"2023-03-10","weekday":1,"weekday_conflict":true}"#
        ]
    );
    assert!(!json("Thứ sáu, 10/03/2023")[0].contains("weekday_conflict"));
}

#[test]
fn decomposed_text_reads_as_composed() {
    for text in [
        "nhà máy Phú Mỹ-3",
        "khoá-1",
        "Thuỷ-2",
        "Thuỷ+2",
        "5 con gà",
        "huyện Gia Viễn có 3 xã",
        "Thứ hai, 10/03/2023",
        // A space group glued to a letter is no group, whether the letter is one char or
        // decomposed: `79 228` is the number in both.
        "chi 79 228 162ồng",
        // A code of digits and letters before a dash (a plate) ends in a decomposed letter too.
        "tăng 3,48Vềăn- 3 lần",
        // A code glued to a sign goes on with its letters, composed or not: no `âm 1` in it.
        "mã Qs+âm 1 và Covid-19",
        // A Party document's kind may hold a capital with a mark below, composed or not.
        "số 2-ẠB/TW ngày",
        // A word's length is its letters, not its characters: `Ử` is one letter in NFC and
        // in NFD (`U` and two marks), so neither is read as a word in capitals.
        "HUYỆN Ử UBNDrạng",
        "thôn Ử Bình",
        "xã Ô Kiều và thôn Ờ Lý",
        "huyện Ý Yên, tỉnh Nam Định",
    ] {
        assert_eq!(
            invariants::check_nfc_nfd(text, common::nfd),
            Ok(()),
            "{text}"
        );
    }
    // Normalized fields are NFC whatever the input's form; `text` stays as written.
    let text = common::nfd("5 con gà");
    let found = json(&text);
    assert!(found[0].contains(r#""unit":"con gà""#), "{found:?}");
    assert!(
        found[0].contains(&format!(r#""text":"{text}""#)),
        "{found:?}"
    );
}

#[test]
fn a_document_year_keeps_its_four_digits() {
    // `0220` was written back as `220`, which does not read.
    let d: vnparse::DocNumber = "136/0220/NĐ-CP".parse().unwrap();
    assert_eq!(d.to_string(), "136/0220/NĐ-CP");
    assert_eq!(d.to_string().parse(), Ok(d));
}

#[test]
fn a_document_symbol_reads_back_the_same() {
    // `ð` upper-cased after the look-alike was replaced became `Ð` and read back as `Đ`.
    let d: vnparse::DocNumber = "9/QĐ-ðC".parse().unwrap();
    assert_eq!(d.to_string(), "9/QĐ-ĐC");
    assert_eq!(d.to_string().parse(), Ok(d));
}

#[test]
fn normalized_fields_are_composed_at_construction() {
    use vnparse::extract::Field;
    // Every accessor gives the same composed value, not only the JSON: the value types are
    // built NFC from text in either form.
    let units = |text: &str| -> Vec<String> {
        vnparse::extract(text)
            .iter()
            .flat_map(|e| e.fields())
            .filter_map(|(name, field)| match (name, field) {
                ("unit", Field::Text(unit)) => Some(unit),
                _ => None,
            })
            .collect()
    };
    for (text, unit) in [
        ("Nhà có 5 con gà.", "con gà"),
        ("Bán 3 con bò sữa", "con bò sữa"),
        ("có 3 chiếc xuồng máy", "chiếc xuồng máy"),
        ("mua 5 quả trứng", "quả trứng"),
    ] {
        assert_eq!(units(&common::nfd(text)), [unit], "{text}");
        assert_eq!(units(text), [unit], "{text}");
    }
    let q: vnparse::Quantity = common::nfd("5 con gà").parse().unwrap();
    assert_eq!(q.unit, "con gà");
    type E<'a> = vnparse::nom::error::Error<&'a str>;
    let (_, q) = vnparse::parse::quantity::<E>(&common::nfd("5 con gà")).unwrap();
    assert_eq!(q.unit, "con gà");
    // A noun added to the lexicon in NFD is reported composed.
    let units = vnparse::quantity::Units::builtin().with(&[&common::nfd("lồng bè")]);
    let (_, q) = vnparse::nom::Parser::parse(
        &mut vnparse::parse::quantity_with::<E>(&units),
        "12 lồng bè",
    )
    .unwrap();
    assert_eq!(q.unit, "lồng bè");
    // The name of an admin unit, in the value string too (its tone placed as the gazetteer
    // places it).
    let found = vnparse::extract(&common::nfd("thôn Hoà Bình"));
    assert_eq!(found[0].value_string(), "thôn Hòa Bình");
}

#[test]
fn a_unit_never_holds_a_control_character() {
    // `tỷ\u{14}n` was read as a unit, and written back with the control character in it.
    for text in [
        "1,8 tỷ lăm\t\t\u{3000}\t tỷ\u{14}n",
        "5 con\u{7} gà",
        "5 con gà\u{1b}[0m",
    ] {
        assert!(text.parse::<vnparse::Quantity>().is_err(), "{text:?}");
    }
    // Spaces around it are no part of it.
    let q: vnparse::Quantity = "5 con gà\n".parse().unwrap();
    assert_eq!(q.unit, "con gà");
}
