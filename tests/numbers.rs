//! Numbers as Vietnamese text writes them: each row an input and the value it reads as.

use rust_decimal::Decimal;
use std::str::FromStr;
use vnparse::{ErrorKind, Number};

fn value(s: &str) -> String {
    match s.parse::<Number>() {
        Ok(n) => n.value().normalize().to_string(),
        Err(e) => format!("error: {e}"),
    }
}

#[test]
fn digits_the_vietnamese_way() {
    for (input, want) in [
        ("54.205", "54205"),
        ("7,22", "7.22"),
        ("1.337", "1337"),
        ("0,5", "0.5"),
        ("06", "6"),
        ("81737066", "81737066"),
        ("1.337.000.000", "1337000000"),
        ("1.337,5", "1337.5"),
        ("1.5", "1.5"),
        ("12.5", "12.5"),
        ("7,20", "7.2"),
        ("1 328", "1328"),
        ("1,234,567", "1234567"),
        ("1,234.5", "1234.5"),
        ("1,328", "1.328"),
    ] {
        assert_eq!(value(input), want, "{input}");
    }
}

#[test]
fn scale_words_and_suffixes() {
    for (input, want) in [
        ("27 tỉ", "27000000000"),
        ("1,5 tỷ", "1500000000"),
        ("1.5 tỷ", "1500000000"),
        ("2,5 tỷ", "2500000000"),
        ("1 tỷ 200 triệu", "1200000000"),
        ("3 triệu rưỡi", "3500000"),
        ("15 nghìn tỷ", "15000000000000"),
        ("500k", "500000"),
        ("3tr", "3000000"),
        ("100k", "100000"),
        ("3M", "3000000"),
        ("1,2M", "1200000"),
        ("10 ngàn", "10000"),
        ("1.337 triệu", "1337000000"),
    ] {
        assert_eq!(value(input), want, "{input}");
    }
}

#[test]
fn number_words() {
    for (input, want) in [
        ("hai mươi mốt", "21"),
        ("một trăm linh năm", "105"),
        ("ba nghìn không trăm linh năm", "3005"),
        ("mười lăm", "15"),
        ("năm mươi tư", "54"),
        ("hai triệu rưỡi", "2500000"),
        ("một tỷ hai trăm triệu", "1200000000"),
        ("hai mốt", "21"),
        ("nghìn mốt", "1100"),
        ("ba phẩy năm", "3.5"),
        ("bảy", "7"),
        ("một nghìn hai trăm", "1200"),
        ("chín trăm chín mươi chín", "999"),
        ("hai chục", "20"),
        ("Hai Mươi Mốt", "21"),
        ("mười", "10"),
        ("một trăm lẻ một", "101"),
        // `tư` right after `trăm` is four tens, before a scale too.
        ("ba trăm tư nghìn", "340000"),
        ("một trăm tư nghìn", "140000"),
        ("năm trăm tư triệu", "540000000"),
        ("hai trăm linh tư nghìn", "204000"),
    ] {
        assert_eq!(value(input), want, "{input}");
    }
}

#[test]
fn signs() {
    assert_eq!(value("âm 1.200.000"), "-1200000");
    assert_eq!(value("-1.200.000"), "-1200000");
}

#[test]
fn display_is_canonical_vietnamese_and_round_trips() {
    for (input, shown) in [
        ("1337000000", "1.337.000.000"),
        ("7,22", "7,22"),
        ("-1200000", "-1.200.000"),
        ("0,5", "0,5"),
        ("999", "999"),
        ("1000", "1.000"),
    ] {
        let n: Number = input.parse().unwrap();
        assert_eq!(n.to_string(), shown);
        assert_eq!(Number::from_str(shown).unwrap(), n);
    }
}

#[test]
fn bad_input_says_where_and_why() {
    let err = "1..2".parse::<Number>().unwrap_err();
    assert_eq!(err.offset(), 2);
    assert!(
        matches!(err.kind(), ErrorKind::Unexpected { found: '.', .. }),
        "{err}"
    );

    let err = "99999999999999999999999999999 tỷ"
        .parse::<Number>()
        .unwrap_err();
    assert_eq!(err.kind(), &ErrorKind::Overflow, "{err}");

    let err = "".parse::<Number>().unwrap_err();
    assert!(matches!(err.kind(), ErrorKind::Empty(_)), "{err}");

    let err = "12 con mèo".parse::<Number>().unwrap_err();
    assert_eq!(err.offset(), 2);
    assert!(matches!(err.kind(), ErrorKind::Trailing(_)), "{err}");

    assert!("1.2.3".parse::<Number>().is_err());
    assert!("abc".parse::<Number>().is_err());
}

#[test]
fn zero_padding_writes_whole_counts_not_the_groups_of_a_telephone() {
    // A zero pads a count (`05`, `012`); three digits or more opening with a zero before a
    // separator are a group of a telephone number or a code, no amount.
    for input in ["0292.3821", "028.3822", "0123.456", "0236.382.233"] {
        assert!(input.parse::<Number>().is_err(), "{input}");
    }
    // Near misses: a zero before the point, a padded count, two padded digits, a padded
    // decimal with its comma.
    for (input, want) in [
        ("0,5", "0.5"),
        ("012", "12"),
        ("05,5", "5.5"),
        ("0.005", "0.005"),
        ("025,50", "25.5"),
        ("000,5", "0.5"),
    ] {
        assert_eq!(value(input), want, "{input}");
    }
}

#[test]
fn exact_decimals() {
    let n: Number = "0,1".parse().unwrap();
    assert_eq!(
        n.value() * Decimal::from(3),
        "0.3".parse::<Decimal>().unwrap()
    );
}

#[test]
fn money_and_friends_refuse_bad_input_with_the_place_and_reason() {
    use vnparse::{Money, Percent, Phone};
    let err = "1..2 triệu đồng".parse::<Money>().unwrap_err();
    assert_eq!(
        (err.offset(), err.to_string().as_str()),
        (
            2,
            "at char 2 (byte 2) in `1.‸.2 triệu đồng`: unexpected `.`, expected a digit"
        )
    );
    let err = "99999999999999999999999999999 tỷ đồng"
        .parse::<Money>()
        .unwrap_err();
    assert_eq!(err.kind(), &ErrorKind::Overflow);
    let err = "999999999999 tỷ tỷ tỷ đồng".parse::<Money>().unwrap_err();
    assert_eq!(err.kind(), &ErrorKind::Overflow);
    let err = "5 triệu".parse::<Money>().unwrap_err();
    assert!(matches!(err.kind(), ErrorKind::UnexpectedEnd(_)), "{err}");
    let err = "5 triệu đồng đồng".parse::<Money>().unwrap_err();
    assert!(matches!(err.kind(), ErrorKind::Trailing(_)), "{err}");
    assert!("1.2.3 đồng".parse::<Money>().is_err());
    assert!("abc%".parse::<Percent>().is_err());
    let err = "0912 345 67".parse::<Phone>().unwrap_err();
    assert!(err.to_string().contains("has 9 digits"), "{err}");
    assert!("0912345678901".parse::<Phone>().is_err());
    assert!("+84 12".parse::<Phone>().is_err());
    assert!("02993822339".parse::<Phone>().is_ok());
    // An area code that does not exist is no landline.
    assert!("02003822339".parse::<Phone>().is_err());
}

#[test]
fn currencies_and_their_markers() {
    use vnparse::{Currency, Money};
    for (input, currency) in [
        ("500.000 đ", Currency::Vnd),
        ("500.000₫", Currency::Vnd),
        ("500.000 VNĐ", Currency::Vnd),
        ("500.000 vnđ", Currency::Vnd),
        ("VND 500.000", Currency::Vnd),
        ("$5", Currency::Usd),
        ("5 USD", Currency::Usd),
        ("5 đô la", Currency::Usd),
        ("5 đô la Mỹ", Currency::Usd),
        ("€5", Currency::Eur),
        ("5 EUR", Currency::Eur),
        ("5 euro", Currency::Eur),
        ("¥500", Currency::Jpy),
        ("500 yên", Currency::Jpy),
        ("500 Yên Nhật", Currency::Jpy),
        ("500 nhân dân tệ", Currency::Cny),
        ("500 bảng Anh", Currency::Gbp),
        ("500 won", Currency::Krw),
    ] {
        let m: Money = input.parse().unwrap_or_else(|e| panic!("{input}: {e}"));
        assert_eq!(m.currency, currency, "{input}");
        assert_eq!(m.to_string().parse::<Money>().unwrap(), m, "{input}");
    }
}

#[test]
fn the_plain_form_of_an_amount_reads_back() {
    use rust_decimal::Decimal;
    use vnparse::Amount;
    for (plain, want) in [
        ("1337000000", Amount::Exact(Decimal::from(1_337_000_000))),
        ("-1.5", Amount::Exact(Decimal::new(-15, 1))),
        ("0.0001", Amount::Exact(Decimal::new(1, 4))),
        ("5..7", Amount::Range(Decimal::from(5), Decimal::from(7))),
        (
            "-2..-1",
            Amount::Range(Decimal::from(-2), Decimal::from(-1)),
        ),
    ] {
        assert_eq!(Amount::from_plain(plain), Ok(want), "{plain}");
    }
    for bad in [
        "",
        "-",
        "1.",
        ".5",
        "1.500.000",
        "1,5",
        "+5",
        "5..",
        "..5",
        "1e5",
        "1_000",
        " 5",
        "5 ",
        "5...7",
        "79228162514264337593543950336",
        "0.00000000000000000000000000001",
    ] {
        assert!(Amount::from_plain(bad).is_err(), "{bad:?}");
    }
}

/// A range written with its scale once, after the second bound, has it on both bounds, unless
/// the first is already the smaller without it.
#[test]
fn a_range_shares_the_scale_written_after_it() {
    use vnparse::Amount;
    for (text, plain) in [
        ("5-10 triệu", "5000000..10000000"),
        ("1,2 - 1,5 tỷ", "1200000000..1500000000"),
        ("hai - ba nghìn", "2000..3000"),
        // Near misses: the first bound is already the smaller, or has a scale of its own.
        ("300.000 - 1,5 triệu", "300000..1500000"),
        ("500 nghìn - 2 triệu", "500000..2000000"),
        ("7 - 9", "7..9"),
    ] {
        let a: Amount = text.parse().unwrap();
        assert_eq!(a.to_plain(), plain, "{text}");
        assert_eq!(Amount::from_plain(plain), Ok(a), "{text}");
    }
}
