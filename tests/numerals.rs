//! Numbers in words, read and written: the forms of the grammar as tables, the round trip
//! through the writer over every number to a million and random ones to 10^18 in every
//! writing style, and num2words' Vietnamese as an independent check.
//!
//! Each property runs at most 256 cases (CI fixes PROPTEST_RNG_SEED) and writes no
//! regression files.

use proptest::prelude::*;
use rust_decimal::Decimal;
use std::str::FromStr;
use vnparse::extract::{extract, Kind};
use vnparse::words::{
    check, Agreement, Billion, Decimals, FourAfterTens, NoTens, Thousand, WordsOptions,
};
use vnparse::{Currency, ErrorKind, Money, Number};

mod common;
use common::nfd;

fn read(s: &str) -> Option<Decimal> {
    s.parse::<Number>().ok().map(Number::value)
}

fn dec(s: &str) -> Decimal {
    Decimal::from_str(s).unwrap()
}

/// The entities of `text` as (kind, text, value).
fn entities(text: &str) -> Vec<(&'static str, String, String)> {
    extract(text)
        .into_iter()
        .map(|e| {
            (
                e.kind().as_str(),
                text[e.span.clone()].to_string(),
                e.value_string(),
            )
        })
        .collect()
}

// ---------------------------------------------------------------------------------------------
// The forms of the grammar.

#[test]
fn the_silently_wrong_readings_of_issue_7_read_right_in_text() {
    for (text, kind, value) in [
        (
            "ba trăm hai mươi sáu nghìn bốn trăm bảy mươi hai hộ",
            "quantity",
            "326472",
        ),
        ("Sáu triệu bốn trăm nghìn đồng", "money", "6400000"),
        ("năm triệu bốn nghìn đồng", "money", "5004000"),
        ("ba nghìn linh tám đồng", "money", "3008"),
        ("bốn nghìn sáu trăm mười hai tỷ", "number", "4612000000000"),
        ("không chấm tám", "number", "0.8"),
        ("sáu trăm tư", "number", "640"),
        ("hai triệu ba", "number", "2300000"),
        ("muời lăm đồng", "money", "15"),
        ("hai vạn năm nghìn đồng", "money", "25000"),
        (
            "Hai trăm tỷ, bảy trăm lẻ năm triệu, sáu trăm nghìn đồng",
            "money",
            "200705600000",
        ),
        (
            "Một tỷ, hai trăm ba mươi tư triệu, năm trăm nghìn, tám trăm chín mươi đồng",
            "money",
            "1234500890",
        ),
        // A capitalized digit word before a scale opens a sentence with an amount.
        ("Hai tỷ", "number", "2000000000"),
    ] {
        for form in [text.to_string(), nfd(text), text.to_uppercase()] {
            let found = entities(&form);
            assert_eq!(
                found,
                [(kind, form.clone(), value.to_string())],
                "{form}: {found:?}"
            );
        }
    }
}

#[test]
fn groups_of_hundreds() {
    for (input, want) in [
        ("không", "0"),
        ("mười", "10"),
        ("mười một", "11"),
        ("mười bốn", "14"),
        ("mười tư", "14"),
        ("mười lăm", "15"),
        ("hai mươi", "20"),
        ("hai mươi mốt", "21"),
        ("hai mươi một", "21"),
        ("năm mươi tư", "54"),
        ("năm mươi bốn", "54"),
        ("chín mươi nhăm", "95"),
        ("một trăm", "100"),
        ("một trăm linh năm", "105"),
        ("một trăm lẻ một", "101"),
        ("một trăm linh tư", "104"),
        ("hai trăm mười", "210"),
        ("chín trăm chín mươi chín", "999"),
        ("hai chục", "20"),
        ("bẩy mươi bẩy", "77"),
        ("Hai Mươi Mốt", "21"),
        ("HAI MƯƠI MỐT", "21"),
        ("hai muơi mốt", "21"),
    ] {
        assert_eq!(read(input), Some(dec(want)), "{input}");
        assert_eq!(read(&nfd(input)), Some(dec(want)), "{input} (NFD)");
    }
}

#[test]
fn scales_compose_by_rule() {
    for (input, want) in [
        ("hai nghìn hai trăm chín mươi chín tỷ", "2299000000000"),
        ("một nghìn tỷ", "1000000000000"),
        ("mười lăm nghìn tỷ", "15000000000000"),
        ("một triệu tỷ", "1000000000000000"),
        ("một tỷ tỷ", "1000000000000000000"),
        ("năm triệu bốn nghìn", "5004000"),
        ("ba nghìn linh tám", "3008"),
        ("ba nghìn không trăm linh năm", "3005"),
        ("một triệu lẻ năm mươi", "1000050"),
        ("bốn nghìn tỷ sáu trăm mười hai tỷ", "4612000000000"),
        ("hai vạn năm nghìn", "25000"),
        ("mười vạn", "100000"),
        ("một tỷ hai trăm triệu", "1200000000"),
        ("hai tỷ không trăm linh năm triệu", "2005000000"),
        ("ba trăm k", "300000"),
        ("1 tỷ 200 triệu", "1200000000"),
        ("1,5 tỷ", "1500000000"),
        ("15 nghìn tỷ", "15000000000000"),
        ("hai tỷ 500 triệu", "2500000000"),
        ("500triệu", "500000000"),
        ("hai trăm tỷ, bảy trăm lẻ năm triệu", "200705000000"),
        (
            "một tỷ, hai trăm ba mươi bốn triệu, năm trăm sáu mươi bảy nghìn, tám trăm chín mươi",
            "1234567890",
        ),
        ("năm triệu, ba trăm nghìn, hai trăm", "5300200"),
        ("một triệu chẵn", "1000000"),
    ] {
        assert_eq!(read(input), Some(dec(want)), "{input}");
    }
}

#[test]
fn spoken_short_forms() {
    for (input, want) in [
        ("hai mốt", "21"),
        ("ba tư", "34"),
        ("hai lăm", "25"),
        ("sáu hai triệu", "62000000"),
        ("nghìn mốt", "1100"),
        ("nghìn tư", "1400"),
        ("triệu rưỡi", "1500000"),
        ("trăm rưỡi", "150"),
        ("sáu trăm tư", "640"),
        ("hai trăm rưỡi", "250"),
        ("bốn triệu hai", "4200000"),
        ("ba triệu rưỡi", "3500000"),
        ("hai triệu ba", "2300000"),
        ("ba nghìn tám", "3800"),
        ("hai vạn rưỡi", "25000"),
        ("3 triệu rưỡi", "3500000"),
        ("mười lăm triệu rưỡi", "15500000"),
    ] {
        assert_eq!(read(input), Some(dec(want)), "{input}");
    }
}

#[test]
fn short_forms_yield_to_a_longer_reading() {
    for (input, want) in [
        // `bốn` opens a group here, it is not `nghìn tư`.
        ("ba trăm hai mươi sáu nghìn bốn trăm bảy mươi hai", "326472"),
        ("hai triệu ba trăm nghìn", "2300000"),
        ("năm triệu bốn nghìn", "5004000"),
        ("một nghìn bốn trăm", "1400"),
        ("hai mươi năm nghìn", "25000"),
    ] {
        assert_eq!(read(input), Some(dec(want)), "{input}");
    }
}

#[test]
fn decimals() {
    for (input, want) in [
        ("không chấm tám", "0.8"),
        ("ba phẩy năm", "3.5"),
        ("ba phẩy một bốn", "3.14"),
        ("ba phẩy mười bốn", "3.14"),
        ("hai phẩy năm mươi", "2.5"),
        ("không phẩy không năm", "0.05"),
        ("một phẩy hai lăm", "1.25"),
        ("mười hai phẩy một trăm linh năm", "12.105"),
        ("ba phẩy năm triệu", "3500000"),
        ("âm hai phẩy năm", "-2.5"),
    ] {
        assert_eq!(read(input), Some(dec(want)), "{input}");
    }
}

/// Digits standing alone after a scaled amount are the spoken short form of the group below
/// the scale (one digit its first digit, three digits the whole group); glued to the scale
/// (`2tr5`), whatever follows. Digits grouped in thousands are the whole of the places below.
#[test]
fn digits_after_a_scale_are_the_group_below_it() {
    for (input, want) in [
        ("1 tỷ 2", "1200000000"),
        ("12 triệu 5", "12500000"),
        ("5 nghìn 2", "5200"),
        ("2 triệu 500", "2500000"),
        ("3 tỷ 750", "3750000000"),
        ("2tr5", "2500000"),
        ("3k5", "3500"),
        ("1tỷ2", "1200000000"),
        // Glued, two or three digits are the first digits of the places below, too.
        ("8tr45", "8450000"),
        ("12tr500", "12500000"),
        ("5k25", "5250"),
        ("1tỷ25", "1250000000"),
        ("2 triệu 500.000", "2500000"),
        ("5 triệu 50.000", "5050000"),
    ] {
        assert_eq!(read(input), Some(dec(want)), "{input}");
    }
    let texts = [
        (
            "Giá chiếc xe là 1 tỷ 2, còn thương lượng.",
            "number",
            "1 tỷ 2",
            "1200000000",
        ),
        (
            "Lương tháng này được 12 triệu 5.",
            "number",
            "12 triệu 5",
            "12500000",
        ),
        ("bán lại giá 3tr2 fullbox nhé", "number", "3tr2", "3200000"),
        ("lương 8tr5/tháng", "number", "8tr5", "8500000"),
        (
            "Tổng cộng 2 triệu 500.000 đồng.",
            "money",
            "2 triệu 500.000 đồng",
            "2500000",
        ),
        ("trả 1 triệu 2 đồng", "money", "1 triệu 2 đồng", "1200000"),
    ];
    for (text, kind, span, value) in texts {
        let found = entities(text);
        assert_eq!(
            found.first(),
            Some(&(kind, span.to_string(), value.to_string())),
            "{text}"
        );
    }
}

/// Near misses: digits followed by a noun count it (`vay 1 tỷ 2 năm`), four digits are a number
/// of their own, zero is no short form, and the scale's own abbreviation before two or more
/// glued digits is no short form.
#[test]
fn digits_after_a_scale_that_are_not_its_short_form() {
    type Row<'a> = (&'a str, &'a [(&'a str, &'a str, &'a str)]);
    let rows: [Row<'_>; 5] = [
        (
            "vay 1 tỷ 2 năm",
            &[("number", "1 tỷ", "1000000000"), ("quantity", "2 năm", "2")],
        ),
        (
            "có 3 triệu 2 người",
            &[
                ("number", "3 triệu", "3000000"),
                ("quantity", "2 người", "2"),
            ],
        ),
        (
            "thu 20 triệu 2022 đến nay",
            &[
                ("number", "20 triệu", "20000000"),
                ("number", "2022", "2022"),
            ],
        ),
        ("5k 0", &[("number", "5k", "5000"), ("number", "0", "0")]),
        // Four digits glued to a scale are no short form: a code.
        ("mã 2tr5555", &[]),
    ];
    for (text, want) in rows {
        let want: Vec<_> = want
            .iter()
            .map(|&(k, t, v)| (k, t.to_string(), v.to_string()))
            .collect();
        assert_eq!(entities(text), want, "{text}");
    }
    assert_eq!(read("5k0"), None);
}

/// Digits may stand before a spoken point (`phẩy`), as in speech written down: `8 phẩy 5`.
#[test]
fn digits_before_a_spoken_point() {
    for (input, want) in [
        ("8 phẩy 5", "8.5"),
        ("7 phẩy 25", "7.25"),
        ("6 phẩy 05", "6.05"),
        ("12 phẩy 5 triệu", "12500000"),
    ] {
        assert_eq!(read(input), Some(dec(want)), "{input}");
    }
    let e = |k: &'static str, t: &str, v: &str| vec![(k, t.to_string(), v.to_string())];
    assert_eq!(
        entities("Điểm trung bình 8 phẩy 5."),
        e("number", "8 phẩy 5", "8.5")
    );
    assert_eq!(
        entities("lãi suất 6 phẩy 8 phần trăm"),
        e("percent", "6 phẩy 8 phần trăm", "6.8")
    );
    // Grouped digits take no spoken decimals.
    assert_eq!(read("1.000 phẩy 5"), None);
}

#[test]
fn what_is_not_one_number_is_refused() {
    for input in [
        "hai mươi năm", // twenty years
        "một trăm năm", // a hundred years
        "hai ba triệu", // two or three million
        "hai nghìn ba nghìn",
        "tư",
        "mốt",
        "linh năm",
        "một mươi",
        "ba phẩy",
        "năm 2024",
        "12 triệu 25",  // 12 250 000 or 12 025 000?
        "ba nghìn năm", // 3 500, or three thousand years?
        "ba nghìn một",
        "năm hai nghìn",     // the year 2000, not 52 000
        "hai nghìn tư liệu", // two thousand documents, or 2 400?
    ] {
        assert_eq!(read(input), None, "{input}");
    }
}

/// A term written with a decimal fraction has filled the places below its scale: nothing
/// after it adds to them, so the number ends there (never `1,8 tỷ lăm` = 2,3 tỷ).
#[test]
fn nothing_adds_to_a_term_with_a_fraction() {
    for (text, want) in [
        (
            "Căn nhà được rao 1,8 tỷ lăm đồng.",
            vec![("number", "1,8 tỷ", "1800000000")],
        ),
        (
            "vay thêm 2,5 triệu rưỡi",
            vec![("number", "2,5 triệu", "2500000")],
        ),
        (
            "lãi 1,5 triệu 300 nghìn đồng",
            vec![
                ("number", "1,5 triệu", "1500000"),
                ("money", "300 nghìn đồng", "300000"),
            ],
        ),
        (
            "doanh thu 3,2 tỷ hai trăm triệu",
            vec![
                ("number", "3,2 tỷ", "3200000000"),
                ("number", "hai trăm triệu", "200000000"),
            ],
        ),
        // Near misses: a whole term takes its short form and the terms below it, and a
        // fraction of a compound scale is one term.
        (
            "vay thêm hai triệu rưỡi",
            vec![("number", "hai triệu rưỡi", "2500000")],
        ),
        ("một tỷ tám", vec![("number", "một tỷ tám", "1800000000")]),
        (
            "nợ 1,2 nghìn tỷ đồng",
            vec![("money", "1,2 nghìn tỷ đồng", "1200000000000")],
        ),
        (
            "3 tỷ hai trăm triệu đồng",
            vec![("money", "3 tỷ hai trăm triệu đồng", "3200000000")],
        ),
    ] {
        let want: Vec<_> = want
            .into_iter()
            .map(|(k, t, v)| (k, t.to_string(), v.to_string()))
            .collect();
        assert_eq!(entities(text), want, "{text}");
    }
    assert_eq!(read("1,8 tỷ lăm"), None);
    assert_eq!(read("1,8 tỷ"), Some(dec("1800000000")));
}

#[test]
fn the_largest_decimals_read_back() {
    for n in [
        Decimal::MAX,
        Decimal::MIN,
        dec("0.0000000000000000000000000001"),
    ] {
        let words = Number::new(n).to_words();
        assert_eq!(read(&words), Some(n), "{words}");
    }
}

#[test]
fn overflow_is_an_error_never_a_value() {
    for input in [
        "chín tỷ tỷ tỷ tỷ",
        "một trăm tỷ tỷ tỷ",
        "99999999999999999999999999999 tỷ",
    ] {
        let err = input.parse::<Number>().unwrap_err();
        assert_eq!(err.kind(), &ErrorKind::Overflow, "{input}");
    }
    // Scale words alone, past 10^28: refused at the first scale too many, however long the run.
    for scales in [
        "tỷ tỷ tỷ tỷ",
        "nghìn nghìn nghìn nghìn nghìn nghìn nghìn nghìn nghìn nghìn rưỡi",
    ] {
        let long = format!("{scales}{}", " tỷ".repeat(10_000));
        for input in [scales, long.as_str()] {
            let err = input.parse::<Number>().unwrap_err();
            assert_eq!(err.kind(), &ErrorKind::Overflow, "{scales}");
        }
    }
    assert_eq!(
        "nghìn tỷ rưỡi"
            .parse::<Number>()
            .unwrap()
            .value()
            .to_string(),
        "1500000000000"
    );
}

/// A short form ends a number where what follows opens no longer reading, in running text.
#[test]
fn short_forms_in_running_text() {
    for (text, want) in [
        (
            "Lương 7 triệu hai một tháng.",
            vec![("number", "7 triệu hai", "7200000")],
        ),
        (
            "Giá 3 triệu rưỡi một tháng.",
            vec![("number", "3 triệu rưỡi", "3500000")],
        ),
        (
            "Thu nhập bình quân ba triệu tư một tháng.",
            vec![("number", "ba triệu tư", "3400000")],
        ),
        (
            "Anh ấy vay nghìn mốt đồng.",
            vec![("money", "nghìn mốt đồng", "1100")],
        ),
        // Near misses: a longer reading, or no short form at all.
        (
            "Giá hai triệu ba trăm nghìn đồng.",
            vec![("money", "hai triệu ba trăm nghìn đồng", "2300000")],
        ),
        // A digit before a word that can be no noun is the short form, as at the end of the
        // clause (`Vay 1 tỷ 2 để mua nhà`, 1.2 billion); before a noun it counts it.
        (
            "Vay 1 tỷ 2 để mua nhà.",
            vec![("number", "1 tỷ 2", "1200000000")],
        ),
        (
            "Vay 1 tỷ 2 năm.",
            vec![("number", "1 tỷ", "1000000000"), ("quantity", "2 năm", "2")],
        ),
        (
            "Loài này đã trải qua hai triệu năm tiến hóa.",
            vec![("quantity", "hai triệu năm", "2000000")],
        ),
    ] {
        let want: Vec<_> = want
            .into_iter()
            .map(|(k, t, v)| (k, t.to_string(), v.to_string()))
            .collect();
        assert_eq!(entities(text), want, "{text}");
    }
}

#[test]
fn words_that_must_not_start_or_continue_a_number() {
    for (text, want) in [
        (
            "trong năm 2024 có nhiều thay đổi",
            vec![("year", "năm 2024", "2024")],
        ),
        ("một số hộ dân", vec![]),
        ("ba mẹ tôi", vec![]),
        // `hai` counts the two sides (a number word counting a noun is read); `bên` does
        // not continue the number.
        ("hai bên đã ký", vec![("quantity", "hai bên", "2")]),
        ("doanh nghiệp tư nhân", vec![]),
        ("đồng bào dân tộc", vec![]),
        ("chính sách đồng hóa", vec![]),
        // `đồng` before `bào` is no currency: the amount counts the people (`đồng bào`).
        (
            "hai triệu đồng bào",
            vec![("quantity", "hai triệu đồng bào", "2000000")],
        ),
        ("hai mươi năm qua", vec![("quantity", "hai mươi năm", "20")]),
        // `tư` before a word it makes a compound with (`tư liệu`, `tư nhân`) leaves the amount
        // in doubt: nothing is read rather than 2 400 or 2 000.
        ("Thư viện có hai nghìn tư liệu quý.", vec![]),
        ("Khu vực này có ba trăm tư nhân.", vec![]),
        // `năm` before digits is the year, not the tens of a spoken number (52 million).
        (
            "Mỗi năm hai triệu lượt khách đến.",
            vec![("quantity", "hai triệu lượt khách", "2000000")],
        ),
        (
            "ba nghìn đồng, hai người",
            vec![
                ("money", "ba nghìn đồng", "3000"),
                ("quantity", "hai người", "2"),
            ],
        ),
    ] {
        let found = entities(text);
        let want: Vec<_> = want
            .into_iter()
            .map(|(k, t, v)| (k, t.to_string(), v.to_string()))
            .collect();
        assert_eq!(found, want, "{text}");
    }
}

// ---------------------------------------------------------------------------------------------
// Writing.

#[test]
fn invoice_style_by_default() {
    let m: Money = "125.400.000 đ".parse().unwrap();
    assert_eq!(
        m.to_words(),
        "Một trăm hai mươi lăm triệu bốn trăm nghìn đồng"
    );
    for (value, want) in [
        ("0", "Không"),
        ("105", "Một trăm linh năm"),
        ("1000010", "Một triệu không trăm mười"),
        ("2005000000", "Hai tỷ không trăm linh năm triệu"),
        ("24", "Hai mươi tư"),
        ("-5", "Âm năm"),
        ("0.05", "Không phẩy không năm"),
        ("3.14159", "Ba phẩy một bốn một năm chín"),
        ("1000000000000", "Một nghìn tỷ"),
    ] {
        assert_eq!(Number::new(dec(value)).to_words(), want, "{value}");
    }
    let usd = Money {
        amount: vnparse::Amount::Exact(dec("12.5")),
        currency: Currency::USD,
        approx: None,
        per: None,
    };
    assert_eq!(usd.to_words(), "Mười hai phẩy năm đô la Mỹ");
    // The currency is named as the one currency table names it in full, else by its code.
    for (code, want) in [
        ("AUD", "Năm đô la Úc"),
        ("KRW", "Năm won Hàn Quốc"),
        ("AED", "Năm AED"),
    ] {
        let money = Money {
            currency: Currency::from_code(code).unwrap(),
            amount: vnparse::Amount::Exact(dec("5")),
            ..usd.clone()
        };
        assert_eq!(money.to_words(), want, "{code}");
    }
}

#[test]
fn every_option_is_one_call() {
    let n = Number::new(dec("1024000000105"));
    let o = WordsOptions::new()
        .no_tens(NoTens::Le)
        .thousand(Thousand::Ngan)
        .billion(Billion::Ti)
        .four_after_tens(FourAfterTens::Bon)
        .capitalize(false)
        .even(true)
        .decimals(Decimals::Digits);
    assert_eq!(
        n.to_words_with(&o),
        "một ngàn không trăm hai mươi bốn tỉ một trăm lẻ năm chẵn"
    );
    assert_eq!(
        Number::new(dec("0.14")).to_words_with(&o),
        "không phẩy một bốn"
    );
}

// ---------------------------------------------------------------------------------------------
// Checking digits against words.

#[test]
fn digits_and_words_of_one_amount_are_checked() {
    assert_eq!(
        check("1.250.000 đ", "Một triệu hai trăm năm mươi nghìn đồng").unwrap(),
        Agreement::Agree(dec("1250000"))
    );
    assert_eq!(
        check("1.250.000", "Một triệu hai trăm năm mươi nghìn đồng chẵn.").unwrap(),
        Agreement::Agree(dec("1250000"))
    );
    assert_eq!(
        check("5.004.000 VNĐ", "Năm triệu bốn trăm nghìn đồng").unwrap(),
        Agreement::Disagree {
            digits: dec("5004000"),
            words: dec("5400000"),
            difference: dec("396000"),
        }
    );
    assert_eq!(
        check(
            "1.250.000đ",
            "(Số tiền bằng chữ: Một triệu hai trăm năm mươi nghìn đồng.)"
        )
        .unwrap(),
        Agreement::Agree(dec("1250000"))
    );
    assert!(check("1.250.000 đ", "Ghi chú: không").is_err());
    let wrong = check("1.250.000 đ", "Một triệu hai trăm năm mươi nghìn đồng");
    assert!(wrong.unwrap().agrees());
    assert!(check("1.250.000 đ", "một số tiền").is_err());
    assert!(check("abc", "một triệu đồng").is_err());
    // Two amounts of opposite signs at the ends of the decimal range differ by more than it
    // holds: an overflow error, not a panic.
    let max = "79.228.162.514.264.337.593.543.950.335";
    let overflow = check(&format!("-{max} đồng"), &format!("{max} đồng"));
    assert_eq!(overflow.unwrap_err().kind(), &vnparse::ErrorKind::Overflow);
    assert!(check(&format!("âm {max}"), max).is_err());
}

// ---------------------------------------------------------------------------------------------
// The round trip: what the writer writes, the reader reads.

/// Every whole number to a million, written in the default style and read back. The range is
/// split among the machine's cores: in a debug build it is the slowest test of the file.
#[test]
fn every_number_to_a_million_reads_back_in_the_default_style() {
    const LAST: u32 = 1_000_000;
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get().min(8)) as u32;
    let chunk = LAST / threads + 1;
    std::thread::scope(|scope| {
        for t in 0..threads {
            scope.spawn(move || {
                let options = WordsOptions::new();
                for n in t * chunk..((t + 1) * chunk).min(LAST + 1) {
                    let words = Number::new(Decimal::from(n)).to_words_with(&options);
                    assert_eq!(read(&words), Some(Decimal::from(n)), "{n}: {words}");
                }
            });
        }
    });
}

fn options() -> impl Strategy<Value = WordsOptions> {
    (
        any::<bool>(),
        any::<bool>(),
        any::<bool>(),
        any::<bool>(),
        any::<bool>(),
        any::<bool>(),
        any::<bool>(),
    )
        .prop_map(|(le, ngan, ti, bon, capital, even, digits)| {
            WordsOptions::new()
                .no_tens(if le { NoTens::Le } else { NoTens::Linh })
                .thousand(if ngan {
                    Thousand::Ngan
                } else {
                    Thousand::Nghin
                })
                .billion(if ti { Billion::Ti } else { Billion::Ty })
                .four_after_tens(if bon {
                    FourAfterTens::Bon
                } else {
                    FourAfterTens::Tu
                })
                .capitalize(capital)
                .even(even)
                .decimals(if digits {
                    Decimals::Digits
                } else {
                    Decimals::Group
                })
        })
}

/// Whole numbers up to 10^18, each magnitude as likely as another.
fn whole() -> impl Strategy<Value = Decimal> {
    (0u32..=18)
        .prop_flat_map(|digits| 0u64..=10u64.pow(digits))
        .prop_map(Decimal::from)
}

/// Decimals: up to 10^12 with up to six digits after the point, either sign.
fn decimal() -> impl Strategy<Value = Decimal> {
    (0u32..=18, 0u32..=6, any::<bool>()).prop_flat_map(|(digits, scale, negative)| {
        (0i64..=10i64.pow(digits)).prop_map(move |m| {
            let d = Decimal::new(m, scale).normalize();
            if negative && !d.is_zero() {
                -d
            } else {
                d
            }
        })
    })
}

fn config() -> ProptestConfig {
    ProptestConfig {
        failure_persistence: None,
        ..ProptestConfig::with_cases(256)
    }
}

/// `words` with `đồng` after the amount and before any `chẵn`.
fn with_currency(words: &str) -> String {
    match words.strip_suffix(" chẵn") {
        Some(amount) => format!("{amount} đồng chẵn"),
        None => format!("{words} đồng"),
    }
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn whole_numbers_read_back_in_every_style(n in whole(), o in options()) {
        let words = Number::new(n).to_words_with(&o);
        prop_assert_eq!(read(&words), Some(n), "{}", words);
        prop_assert_eq!(read(&nfd(&words)), Some(n), "{} (NFD)", words);
        // In text, as money.
        let text = with_currency(&words);
        let found = extract(&text);
        prop_assert_eq!(found.len(), 1, "{}: {:?}", text, found);
        prop_assert_eq!(found[0].kind(), Kind::Money);
        prop_assert_eq!(found[0].value_string(), n.to_string(), "{}", text);
    }

    #[test]
    fn decimals_read_back_in_every_style(n in decimal(), o in options()) {
        let words = Number::new(n).to_words_with(&o);
        prop_assert_eq!(read(&words), Some(n), "{}", words);
        let text = with_currency(&words);
        let found = extract(&text);
        prop_assert_eq!(found.len(), 1, "{}: {:?}", text, found);
        prop_assert_eq!(found[0].kind(), Kind::Money);
        prop_assert_eq!(found[0].value_string(), n.to_string(), "{}", text);
    }

    #[test]
    fn huge_numbers_read_back(n in (0u128..=79_228_162_514_264_337_593_543_950_335u128), o in options()) {
        let n = Decimal::from_i128_with_scale(n as i128, 0);
        let words = Number::new(n).to_words_with(&o);
        prop_assert_eq!(read(&words), Some(n), "{}", words);
    }

    #[test]
    fn digits_always_agree_with_their_own_words(n in whole()) {
        let digits = Number::new(n).to_string();
        let words = Number::new(n).to_words();
        prop_assert_eq!(check(&digits, &words).unwrap(), Agreement::Agree(n));
    }
}

/// The words the grammar knows, and a few it does not, for random soups.
const SOUP: &[&str] = &[
    "không",
    "một",
    "mốt",
    "hai",
    "ba",
    "bốn",
    "tư",
    "năm",
    "lăm",
    "nhăm",
    "sáu",
    "bảy",
    "tám",
    "chín",
    "mười",
    "mươi",
    "trăm",
    "linh",
    "lẻ",
    "chục",
    "nghìn",
    "vạn",
    "triệu",
    "tỷ",
    "k",
    "rưỡi",
    "phẩy",
    "chấm",
    "âm",
    "chẵn",
    ",",
    "12",
    "1,5",
    "đồng",
    "năm",
    "người",
    "5k",
    "3tr",
    "NĂM",
    "mu\u{31b}\u{300}o\u{31b}i",
    "tỉ",
    "ngàn",
    "muời",
    "bẩy",
];

proptest! {
    #![proptest_config(config())]

    /// Any run of number words reads as one number or none, never panics, and what it reads
    /// as a whole it reads the same from its canonical words.
    #[test]
    fn word_soups_read_as_one_number_or_none(
        words in proptest::collection::vec(proptest::sample::select(SOUP), 0..30)
    ) {
        let text = words.join(" ").replace(" ,", ",");
        if let Some(n) = read(&text) {
            let canonical = Number::new(n).to_words();
            prop_assert_eq!(read(&canonical), Some(n), "{} -> {}", text, canonical);
        }
        let _ = extract(&text);
    }

    /// `check` reads anything without panicking.
    #[test]
    fn check_never_panics(a in "\\PC{0,30}", b in "[(:a-zàảãáạăằẳẵắặâầẩẫấậđêềếệôồốộơờớợưừứự ,.)]{0,40}") {
        let _ = check(&a, &b);
        let _ = check(&b, &a);
    }
}

// ---------------------------------------------------------------------------------------------
// num2words, an independent implementation (tools/num2words_fixture.py).

fn fixture(name: &str) -> Vec<(Decimal, String)> {
    let path = format!("{}/tests/data/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path)
        .unwrap()
        .lines()
        .filter(|l| !l.starts_with('#') && !l.is_empty())
        .map(|l| {
            let mut fields = l.split('\t');
            let value = dec(fields.next().unwrap());
            (value, fields.next().unwrap().to_string())
        })
        .collect()
}

#[test]
fn num2words_vietnamese_reads_to_its_value() {
    let lines = fixture("num2words_vi.tsv");
    assert!(lines.len() > 3000);
    for (value, words) in lines {
        assert_eq!(read(&words), Some(value), "{words}");
    }
}

/// The lines where num2words is wrong by Vietnamese norms (see the script): the words there
/// do not say the value, and vnparse must not read them as if they did.
#[test]
fn num2words_known_mistakes_do_not_read_to_their_value() {
    let lines = fixture("num2words_vi_wrong.tsv");
    assert!(lines.len() > 200);
    for (value, words) in lines {
        assert_ne!(read(&words), Some(value), "{words}");
    }
}

/// One digit in digits before `trăm` reads as its word: `2 trăm nghìn` is 200 000.
#[test]
fn a_digit_before_tram() {
    for (input, want) in [
        ("2 trăm nghìn", "200000"),
        ("5 trăm triệu", "500000000"),
        ("3 trăm", "300"),
        ("1 trăm rưỡi", "150"),
    ] {
        assert_eq!(read(input), Some(dec(want)), "{input}");
    }
    // Near misses: more than one digit before `trăm` is no number.
    assert_eq!(read("12 trăm"), None);
}
