//! Over the whole gazetteer: every unit of both eras, written with its type word and with each
//! abbreviation of that type, in any case, reads as a unit whose candidates include it; every
//! unit of the old list has a successor in the new one.

#![cfg(feature = "gazetteer")]

use vnparse::admin::AdminUnit;
use vnparse::gazetteer::{successor, units, Era, Unit};

/// The public nom parser of a unit, with nom's default error.
fn admin(input: &str) -> vnparse::nom::IResult<&str, AdminUnit> {
    vnparse::parse::admin(input)
}

/// The ways a unit of `kind` is written: the type word, capitalized, upper case, and the
/// abbreviations of that type.
fn forms(unit: &Unit) -> Vec<String> {
    let (kind, name) = (unit.kind, unit.name);
    let mut capital = kind.to_string();
    if let Some(first) = capital.chars().next() {
        capital.replace_range(..first.len_utf8(), &first.to_uppercase().to_string());
    }
    let mut out = vec![
        format!("{kind} {name}"),
        format!("{capital} {name}"),
        format!("{} {}", kind.to_uppercase(), name.to_uppercase()),
    ];
    let abbreviations: &[&str] = match kind {
        "thành phố" => &["TP.", "TP. ", "Tp. ", "Tp ", "tp. "],
        "thị xã" => &["TX.", "TX. "],
        "thị trấn" => &["TT.", "TT. "],
        "quận" => &["Q.", "Q. "],
        "huyện" => &["H.", "H. "],
        "phường" => &["P.", "P. "],
        "xã" => &["X.", "X. "],
        _ => &[],
    };
    out.extend(abbreviations.iter().map(|a| format!("{a}{name}")));
    out
}

fn finds(read: &AdminUnit, unit: &Unit) -> bool {
    read.matches
        .iter()
        .any(|m| m.era == unit.era && m.level == unit.level && m.code == unit.code)
}

#[test]
fn every_unit_in_every_form_resolves_to_its_own_code() {
    let mut failures = Vec::new();
    let mut checked = 0;
    for era in [Era::Before2025, Era::After2025] {
        for unit in units(era) {
            for written in forms(unit) {
                checked += 1;
                match admin(&written) {
                    Ok(("", read)) if finds(&read, unit) => {}
                    Ok((rest, read)) => {
                        failures.push(format!("{written:?}: {read} (left {rest:?})"))
                    }
                    Err(e) => failures.push(format!("{written:?}: {e:?}")),
                }
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {checked} fail, e.g.:\n{}",
        failures.len(),
        failures
            .iter()
            .take(30)
            .cloned()
            .collect::<Vec<_>>()
            .join("\n")
    );
    assert!(checked > 60_000, "{checked}");
}

#[test]
fn every_old_unit_has_a_successor() {
    for unit in units(Era::Before2025) {
        let next = successor(unit);
        assert!(
            next.is_some_and(|n| n.era == Era::After2025),
            "{} {}",
            unit.kind,
            unit.name
        );
    }
}

#[test]
fn ambiguous_names_keep_every_candidate() {
    let read: AdminUnit = "huyện Châu Thành".parse().unwrap();
    assert!(read.in_era(Era::Before2025).count() > 1);
    assert_eq!(read.code(), None);
    let read: AdminUnit = "Phường 1".parse().unwrap();
    assert!(read.matches.len() > 10);
}

/// A name written without marks is read word by word: each written word is one or more whole
/// words of the official name or of a short name, never a piece of one. A space of any kind
/// (a no-break space too) separates words alike.
#[test]
fn names_without_marks_join_whole_words_only() {
    for (written, official) in [
        ("thành phố Ha Noi", "thành phố Hà Nội"),
        ("TP Hanoi", "thành phố Hà Nội"),
        ("thành phố Sai Gon", "thành phố Hồ Chí Minh"),
        ("thành phố Sai\u{a0}Gon", "thành phố Hồ Chí Minh"),
        ("tỉnh Dak Lak", "tỉnh Đắk Lắk"),
        ("tỉnh Daklak", "tỉnh Đắk Lắk"),
        ("TP.HoChiMinh", "thành phố Hồ Chí Minh"),
        ("huyện Gia\u{a0}Vien", "huyện Gia Viễn"),
    ] {
        let read: AdminUnit = written.parse().unwrap();
        assert_eq!(read.to_string(), official, "{written}");
        assert!(read.code().is_some(), "{written}");
    }
    // Near misses: a split inside a word names no unit of the gazetteer, with a plain space or
    // a no-break one alike (the fuzz reproducer `from_str/crash-1351…`).
    for written in [
        "Tp.Hc M",
        "Tp.Hc\u{a0}M",
        "thành phố Ha No i",
        "tỉnh Da kLak",
    ] {
        if let Ok(read) = written.parse::<AdminUnit>() {
            assert_eq!(read.code(), None, "{written}");
            assert_eq!(read.to_string().parse::<AdminUnit>(), Ok(read), "{written}");
        }
    }
}

/// Codes are the office's fixed-width strings, and one code names different units in the two
/// eras: `00004` is phường Trúc Bạch before 1 July 2025 and phường Ba Đình after.
#[test]
fn codes_keep_their_leading_zeros_in_both_eras() {
    use vnparse::gazetteer::by_code;
    let table = [
        (Era::Before2025, "01", "thành phố Hà Nội"),
        (Era::Before2025, "02", "tỉnh Hà Giang"),
        (Era::Before2025, "001", "quận Ba Đình"),
        (Era::Before2025, "00001", "phường Phúc Xá"),
        (Era::Before2025, "00004", "phường Trúc Bạch"),
        (Era::Before2025, "10", "tỉnh Lào Cai"),
        (Era::After2025, "01", "thành phố Hà Nội"),
        (Era::After2025, "04", "tỉnh Cao Bằng"),
        (Era::After2025, "00004", "phường Ba Đình"),
        (Era::After2025, "15", "tỉnh Lào Cai"),
        (Era::After2025, "11948", "đặc khu Bạch Long Vĩ"),
    ];
    for (era, code, unit) in table {
        let found = by_code(era, code.parse().unwrap()).unwrap();
        assert_eq!(
            format!("{} {}", found.kind, found.name),
            unit,
            "{era} {code}"
        );
        assert_eq!(found.code.to_string(), code);
        let read: AdminUnit = unit.parse().unwrap();
        assert_eq!(
            read.code_in(era).map(|c| c.to_string()).as_deref(),
            Some(code)
        );
    }
    assert!(by_code(Era::After2025, "001".parse().unwrap()).is_none());
}

/// The code and era the extractor prints for the unit written `unit` in `text`.
fn printed(text: &str, unit: &str) -> (Option<String>, Option<String>) {
    let entity = vnparse::extract(text)
        .into_iter()
        .find(|e| &text[e.span.clone()] == unit)
        .unwrap_or_else(|| panic!("{unit:?} not found in {text:?}"));
    let field = |name: &str| {
        entity
            .fields()
            .into_iter()
            .find(|(n, _)| *n == name)
            .map(|(_, f)| match f {
                vnparse::extract::Field::Text(s) => s,
                vnparse::extract::Field::Int(n) => n.to_string(),
            })
    };
    (field("code"), field("era"))
}

fn some(code: &str, era: &str) -> (Option<String>, Option<String>) {
    (Some(code.to_string()), Some(era.to_string()))
}

/// A district, town or township named in the sentence dates it before 1 July 2025.
#[test]
fn a_district_in_the_sentence_means_the_old_list() {
    let table = [
        (
            "Ông Giàng A Lử, trú tại xã Bảo Nhai, huyện Bắc Hà, tỉnh Lào Cai, đã được khen thưởng.",
            "tỉnh Lào Cai",
            some("10", "legacy"),
        ),
        (
            "Đoàn công tác đã về thăm huyện Mang Yang, tỉnh Gia Lai trong hai ngày.",
            "tỉnh Gia Lai",
            some("64", "legacy"),
        ),
        (
            "Chiều qua, UBND thị xã Từ Sơn, tỉnh Bắc Ninh tổ chức hội nghị tổng kết.",
            "tỉnh Bắc Ninh",
            some("27", "legacy"),
        ),
        (
            "Trường tiểu học thị trấn Mỹ An, tỉnh Đồng Tháp khai giảng sớm.",
            "tỉnh Đồng Tháp",
            some("87", "legacy"),
        ),
        (
            "Trụ sở ở phường Phúc Xá, quận Ba Đình, thành phố Hà Nội.",
            "phường Phúc Xá",
            some("00001", "legacy"),
        ),
        (
            "Trụ sở ở phường Phúc Xá, quận Ba Đình, thành phố Hà Nội.",
            "thành phố Hà Nội",
            some("01", "legacy"),
        ),
    ];
    for (text, unit, want) in table {
        assert_eq!(printed(text, unit), want, "{text}");
    }
}

/// A unit that exists only after 1 July 2025 (an `đặc khu`, a new commune) dates the sentence
/// after it.
#[test]
fn a_unit_of_the_new_list_means_2025() {
    let table = [
        (
            "Xã Tà Xi Láng, tỉnh Lào Cai vừa hoàn thành tuyến đường liên thôn.",
            "tỉnh Lào Cai",
            some("15", "2025"),
        ),
        (
            "Du khách đến đặc khu Phú Quốc, tỉnh An Giang tăng mạnh.",
            "tỉnh An Giang",
            some("91", "2025"),
        ),
        (
            "Người dân phường Bình Cơ, Thành phố Hồ Chí Minh đã nhận hỗ trợ.",
            "Thành phố Hồ Chí Minh",
            some("79", "2025"),
        ),
        (
            "Lễ hội diễn ra tại xã Bà Nà, thành phố Đà Nẵng.",
            "thành phố Đà Nẵng",
            some("48", "2025"),
        ),
    ];
    for (text, unit, want) in table {
        assert_eq!(printed(text, unit), want, "{text}");
    }
}

/// Where the text does not tell, no code is printed (the contract gives `era` with every
/// `code`), though the API offers each era's.
#[test]
fn where_the_text_does_not_tell_no_code_is_printed() {
    let none = (None, None);
    let table = [
        ("Tỉnh Lào Cai có nhiều cảnh đẹp.", "Tỉnh Lào Cai"),
        (
            "Ông A quê ở huyện Bắc Hà. Hiện nay tỉnh Lào Cai có nhiều xã mới.",
            "tỉnh Lào Cai",
        ),
        (
            "Ông A quê ở huyện Bắc Hà\ntỉnh Lào Cai mở hội chợ.",
            "tỉnh Lào Cai",
        ),
        (
            "Xã Bảo Nhai (huyện Bắc Hà cũ), tỉnh Lào Cai đón khách.",
            "tỉnh Lào Cai",
        ),
        (
            "Từ huyện Mang Yang, tỉnh Gia Lai đến đặc khu Lý Sơn mất một ngày.",
            "tỉnh Gia Lai",
        ),
        ("Hội nghị ở thành phố Hà Nội.", "thành phố Hà Nội"),
    ];
    for (text, unit) in table {
        assert_eq!(printed(text, unit), none, "{text}");
    }
    let lao_cai: AdminUnit = "tỉnh Lào Cai".parse().unwrap();
    let codes =
        [Era::Before2025, Era::After2025].map(|e| lao_cai.code_in(e).map(|c| c.to_string()));
    assert_eq!(codes, [Some("10".to_string()), Some("15".to_string())]);
}

/// Every unit's code is written at its level's width and reads back to itself.
#[test]
fn every_code_is_fixed_width_and_reads_back() {
    use vnparse::gazetteer::{by_code, Code};
    for era in [Era::Before2025, Era::After2025] {
        for unit in units(era) {
            let written = unit.code.to_string();
            assert_eq!(written.len(), Code::width(unit.level), "{unit:?}");
            let read: Code = written.parse().unwrap();
            assert_eq!(read, unit.code);
            assert_eq!(by_code(era, read), Some(unit));
            if let Some(parent) = unit.parent {
                assert_eq!(parent.to_string().parse::<Code>().unwrap(), parent);
            }
        }
    }
    for bad in ["", "1", "0001", "000001", "1a", "+1", " 01", "٠١"] {
        assert!(bad.parse::<Code>().is_err(), "{bad:?}");
    }
    // Where and why (the whole message, with its quoted window, is tests/errors.rs's).
    let why = |s: &str| {
        let e = s.parse::<Code>().unwrap_err();
        format!("at byte {}: {}", e.offset(), e.kind())
    };
    assert_eq!(
        why("0001"),
        "at byte 0: `0001` has 4 digits: a code has 2 (province), 3 (district) or 5 (commune)"
    );
    assert_eq!(
        why("00a01"),
        "at byte 2: unexpected `a`, expected a statistics office code of 2, 3 or 5 digits"
    );
    assert_eq!(
        why(""),
        "at byte 0: empty input, expected a statistics office code of 2, 3 or 5 digits"
    );
}
