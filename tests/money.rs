//! Money and currencies through the extractor: each row a text and exactly the money it holds
//! (text, value, unit, per), grouped by form; then the near misses that hold none; then every
//! form of the currency table, generated.

mod common;

use proptest::prelude::*;
use vnparse::currency::FormKind;
use vnparse::extract::{extract, Field, Kind};
use vnparse::{Amount, Currency, Money};

/// Every entity of `text`: (kind, text, value, unit, per).
fn entities(text: &str) -> Vec<(String, String, String, String, String)> {
    extract(text)
        .into_iter()
        .map(|e| {
            let field = |name: &str| {
                e.fields()
                    .into_iter()
                    .find(|(n, _)| *n == name)
                    .map(|(_, f)| match f {
                        Field::Text(s) => s,
                        Field::Int(n) => n.to_string(),
                    })
                    .unwrap_or_default()
            };
            (
                e.kind().as_str().to_string(),
                text[e.span.clone()].to_string(),
                e.value_string(),
                field("unit"),
                field("per"),
            )
        })
        .collect()
}

/// A text and the (text, value, unit, per) of every money in it, and no other entity.
type Row<'a> = (&'a str, &'a [(&'a str, &'a str, &'a str, &'a str)]);

fn check(rows: &[Row<'_>]) {
    for (text, want) in rows {
        let want: Vec<_> = want
            .iter()
            .map(|(t, v, u, p)| {
                let s = |x: &str| x.to_string();
                (s("money"), s(t), s(v), s(u), s(p))
            })
            .collect();
        assert_eq!(entities(text), want, "in {text:?}");
    }
}

/// No money in any of `texts`.
fn no_money(texts: &[&str]) {
    for text in texts {
        let found = entities(text);
        assert!(
            found.iter().all(|e| e.0 != "money"),
            "in {text:?}: {found:?}"
        );
    }
}

#[test]
fn the_issue_s_examples() {
    check(&[
        (
            "Bát phở giá ₩12.000 ở Seoul.",
            &[("₩12.000", "12000", "KRW", "")],
        ),
        (
            "Cô ấy đổi 3.200 tệ ở cửa khẩu.",
            &[("3.200 tệ", "3200", "CNY", "")],
        ),
        (
            "Học phí 2.500 - 3.000 AUD cho mỗi khóa.",
            &[("2.500 - 3.000 AUD", "2500..3000", "AUD", "khóa")],
        ),
        (
            "Phí dịch vụ USD250, trả trước.",
            &[("USD250", "250", "USD", "")],
        ),
        (
            "Giá bán US$ 3.500, chưa thuế.",
            &[("US$ 3.500", "3500", "USD", "")],
        ),
    ]);
}

#[test]
fn symbols_before_and_after() {
    check(&[
        ("chiếc áo $5 thôi", &[("$5", "5", "USD", "")]),
        ("chiếc áo 5$ thôi", &[("5$", "5", "USD", "")]),
        (
            "vé vào cửa €12,5 mỗi người",
            &[("€12,5", "12.5", "EUR", "người")],
        ),
        (
            "khoảng £300 cho cả nhà",
            &[("khoảng £300", "300", "GBP", "")],
        ),
        ("món này ¥800 ở Tokyo", &[("¥800", "800", "JPY", "")]),
        ("tô mì ฿60 ven đường", &[("฿60", "60", "THB", "")]),
        ("vé tàu ₹450 hạng ghế", &[("₹450", "450", "INR", "")]),
        ("cuốn sách ₽700 ở Moskva", &[("₽700", "700", "RUB", "")]),
        (
            "ly cà phê 45.000₫ ở Sài Gòn",
            &[("45.000₫", "45000", "VND", "")],
        ),
        ("vé xe buýt S$2 một lượt", &[("S$2", "2", "SGD", "lượt")]),
        ("thuê xe A$ 80 mỗi ngày", &[("A$ 80", "80", "AUD", "ngày")]),
        ("ăn tối C$45 tại Toronto", &[("C$45", "45", "CAD", "")]),
        ("ly trà sữa HK$38 ở Mong Kok", &[("HK$38", "38", "HKD", "")]),
        (
            "vé tàu điện NT$ 35 một chiều",
            &[("NT$ 35", "35", "TWD", "chiều")],
        ),
    ]);
}

#[test]
fn codes_before_after_and_glued() {
    check(&[
        (
            "giá thuê USD100 mỗi đêm",
            &[("USD100", "100", "USD", "đêm")],
        ),
        (
            "số dư VND 5.000 trong tài khoản",
            &[("VND 5.000", "5000", "VND", "")],
        ),
        ("chỉ còn 100USD trong ví", &[("100USD", "100", "USD", "")]),
        ("đóng góp 250 EUR cho quỹ", &[("250 EUR", "250", "EUR", "")]),
        (
            "trị giá 1,2 triệu SGD",
            &[("1,2 triệu SGD", "1200000", "SGD", "")],
        ),
        (
            "bán được 40 triệu AED",
            &[("40 triệu AED", "40000000", "AED", "")],
        ),
        ("thu về 2 tỷ CHF", &[("2 tỷ CHF", "2000000000", "CHF", "")]),
        ("chuyển 500 usd cho em", &[("500 usd", "500", "USD", "")]),
        (
            "hợp đồng NZD 3.000 đã ký",
            &[("NZD 3.000", "3000", "NZD", "")],
        ),
    ]);
}

#[test]
fn names_after_an_amount() {
    check(&[
        ("cho 5 đô la Mỹ", &[("5 đô la Mỹ", "5", "USD", "")]),
        ("mất 20 đô ăn sáng", &[("20 đô", "20", "USD", "")]),
        ("giá 7 đôla Mỹ", &[("7 đôla Mỹ", "7", "USD", "")]),
        ("tốn 9 đô-la tiền xe", &[("9 đô-la", "9", "USD", "")]),
        (
            "trên 600 triệu đồng",
            &[("trên 600 triệu đồng", "600000000", "VND", "")],
        ),
        ("giá 500.000đ", &[("500.000đ", "500000", "VND", "")]),
        ("nộp 2 triệu VNĐ", &[("2 triệu VNĐ", "2000000", "VND", "")]),
        ("mua 300 euro hàng", &[("300 euro", "300", "EUR", "")]),
        (
            "đổi 10.000 yên Nhật",
            &[("10.000 yên Nhật", "10000", "JPY", "")],
        ),
        (
            "đổi 5 nghìn nhân dân tệ",
            &[("5 nghìn nhân dân tệ", "5000", "CNY", "")],
        ),
        (
            "lương 50.000 won mỗi giờ",
            &[("50.000 won", "50000", "KRW", "giờ")],
        ),
        (
            "nợ 2.000 bảng Anh",
            &[("2.000 bảng Anh", "2000", "GBP", "")],
        ),
        ("trả 400 baht tiền phòng", &[("400 baht", "400", "THB", "")]),
        ("trả 400 bạt tiền phòng", &[("400 bạt", "400", "THB", "")]),
        ("mua 900 rúp bánh mì", &[("900 rúp", "900", "RUB", "")]),
        ("còn 80 ringgit", &[("80 ringgit", "80", "MYR", "")]),
        ("mất 600 rupee", &[("600 rupee", "600", "INR", "")]),
        ("tốn 150 đô la Úc", &[("150 đô la Úc", "150", "AUD", "")]),
        (
            "tốn 150 đô la Singapore",
            &[("150 đô la Singapore", "150", "SGD", "")],
        ),
        (
            "tốn 150 đô la Canada",
            &[("150 đô la Canada", "150", "CAD", "")],
        ),
        (
            "tốn 150 đô la Hồng Kông",
            &[("150 đô la Hồng Kông", "150", "HKD", "")],
        ),
        (
            "tốn 150 đô la Đài Loan",
            &[("150 đô la Đài Loan", "150", "TWD", "")],
        ),
        (
            "bán 20.000 kíp một vé",
            &[("20.000 kíp", "20000", "LAK", "vé")],
        ),
        ("vé 4.000 riel", &[("4.000 riel", "4000", "KHR", "")]),
        ("mua vé EURO 250 hôm qua", &[("EURO 250", "250", "EUR", "")]),
    ]);
}

#[test]
fn minor_units() {
    check(&[
        (
            "Có 3 đô la 25 xu trong túi",
            &[("3 đô la 25 xu", "3.25", "USD", "")],
        ),
        (
            "giá 10 USD 50 cent",
            &[("10 USD 50 cent", "10.5", "USD", "")],
        ),
        ("trả 2 euro 5 cent", &[("2 euro 5 cent", "2.05", "EUR", "")]),
        (
            "ba đô la hai mươi lăm xu",
            &[("ba đô la hai mươi lăm xu", "3.25", "USD", "")],
        ),
    ]);
}

#[test]
fn prices_carry_their_unit() {
    check(&[
        (
            "phí 360.000 đồng/tháng",
            &[("360.000 đồng", "360000", "VND", "tháng")],
        ),
        (
            "vàng miếng 83,5 triệu đồng/lượng",
            &[("83,5 triệu đồng", "83500000", "VND", "lượng")],
        ),
        (
            "xăng 21.450 đồng/lít",
            &[("21.450 đồng", "21450", "VND", "lít")],
        ),
        (
            "đất 62 triệu/m2 ở ven đô",
            &[("62 triệu", "62000000", "VND", "m2")],
        ),
        ("vé 5 USD mỗi người", &[("5 USD", "5", "USD", "người")]),
        (
            "giá 200.000 đồng một vé",
            &[("200.000 đồng", "200000", "VND", "vé")],
        ),
        ("lúa 7.000 đồng/kg", &[("7.000 đồng", "7000", "VND", "kg")]),
        ("thép 600 USD/tấn", &[("600 USD", "600", "USD", "tấn")]),
        (
            "điện 3.000 đồng/kWh",
            &[("3.000 đồng", "3000", "VND", "kwh")],
        ),
        (
            "căn hộ 45 triệu đồng/m²",
            &[("45 triệu đồng", "45000000", "VND", "m²")],
        ),
        (
            "thuê 5 - 7 triệu/m2 mỗi năm",
            &[("5 - 7 triệu", "5000000..7000000", "VND", "m2")],
        ),
        (
            "vàng 8,3 triệu/chỉ",
            &[("8,3 triệu", "8300000", "VND", "chỉ")],
        ),
        (
            "học phí 10 triệu đồng một kỳ",
            &[("10 triệu đồng", "10000000", "VND", "kỳ")],
        ),
        (
            "hỗ trợ 500.000 đồng mỗi tháng",
            &[("500.000 đồng", "500000", "VND", "tháng")],
        ),
        // `đ/` and a word that begins with `c` is a price (`đ/c` alone is `đồng chí`).
        (
            "Đơn giá: 45.000 đ/chai",
            &[("45.000 đ", "45000", "VND", "chai")],
        ),
        ("bán 12.000đ/cái", &[("12.000đ", "12000", "VND", "cái")]),
        ("giống 35.000 đ/cây", &[("35.000 đ", "35000", "VND", "cây")]),
        // A noun of more than one word after `/` or `mỗi` is read whole.
        (
            "hoàn tối đa 50.000 đồng/giao dịch",
            &[("tối đa 50.000 đồng", "50000", "VND", "giao dịch")],
        ),
        (
            "học phí 12 triệu đồng mỗi học kỳ",
            &[("12 triệu đồng", "12000000", "VND", "học kỳ")],
        ),
        (
            "phí 20.000 đồng/lượt xem",
            &[("20.000 đồng", "20000", "VND", "lượt xem")],
        ),
    ]);
    // `5 đ/c` is five comrades.
    no_money(&["cử 5 đ/c tham gia đoàn công tác"]);
}

#[test]
fn the_json_line_prints_per() {
    let text = "phí 360.000 đồng/tháng";
    let e = &extract(text)[0];
    assert_eq!(e.kind(), Kind::Money);
    assert_eq!(
        e.to_json(text),
        r#"{"kind":"money","start":5,"end":20,"text":"360.000 đồng","value":"360000","unit":"VND","per":"tháng"}"#
    );
}

#[test]
fn per_is_written_in_nfc_lower_case_whatever_the_input() {
    let text = common::nfd("PHÍ 360.000 ĐỒNG/THÁNG và 45 triệu đồng/M²");
    let found = entities(&text);
    let per: Vec<&str> = found.iter().map(|e| e.4.as_str()).collect();
    assert_eq!(per, ["tháng", "m²"], "{found:?}");
}

#[test]
fn near_misses_hold_no_money() {
    no_money(&[
        // `đồng` beginning another word.
        "5 đồng chí được khen thưởng",
        "hơn 200 đồng bào dân tộc",
        "3 đồng hóa chất",
        "ra 2 cánh đồng lúa",
        "có 7 đồng ý, 2 phản đối",
        "4 đồng hồ treo tường",
        "2 đồng xu cổ",
        // `đô`, `yên`, `tệ`, `kíp`.
        "thủ đô Hà Nội có 30 quận",
        "cả nước có 3 đô thị loại đặc biệt",
        "có 2 đô vật giỏi",
        "cuộc sống bình yên",
        "tỉnh Yên Bái có 9 huyện",
        "nhà số 5 Yên Phụ",
        "trụ sở ở 12 Đồng Khởi",
        "quán cà phê ở 7 Yên Thế",
        "tình hình tồi tệ",
        "đẩy lùi 4 tệ nạn xã hội",
        "thu giữ 5 kíp nổ",
        "bệnh viện có 3 kíp trực",
        // `won`, `rúp` in names; `bảng` a table; `xu` a trend.
        "diễn viên Won Bin",
        "bảng 3 cho thấy",
        "có 5 bảng thống kê",
        "xu hướng tăng 2 năm liền",
        // Codes that are words or names.
        "Euro 2024 diễn ra tại Đức",
        "lọt Top 10 doanh nghiệp",
        "hội nghị COP28 ở Dubai",
        "ngôn ngữ PHP 8 ra mắt",
        "World Cup 2022",
        "EURO 2020 khai mạc",
        "vòng loại Euro 2028 bắt đầu",
        // A currency's name before a number in anything but capitals names a standard.
        "xe tải đạt tiêu chuẩn khí thải Euro 5 từ năm 2022",
        "động cơ Euro 4 đã lỗi thời",
        "chuẩn euro 6 áp dụng cho xe mới",
        "đoàn công tác BND 4 thôn",
        "các trường thuộc SGD 5 năm qua",
        "ông AUD 3 người con",
        // A bare scale priced by anything but a measure stays a number.
        "3 triệu/tháng 25m²",
    ]);
    // `một` the article, `mỗi khi` whenever, `một lần` once: no price.
    check(&[
        (
            "góp 100 triệu đồng một cách tự nguyện",
            &[("100 triệu đồng", "100000000", "VND", "")],
        ),
        (
            "chi 5 triệu đồng mỗi khi cần",
            &[("5 triệu đồng", "5000000", "VND", "")],
        ),
        (
            "trợ cấp 3 triệu đồng một lần",
            &[("3 triệu đồng", "3000000", "VND", "")],
        ),
    ]);
}

#[test]
fn money_reads_and_writes_prices() {
    for (input, shown, per) in [
        ("360.000 đồng/tháng", "360.000 đồng/tháng", Some("tháng")),
        ("62 triệu/m2", "62.000.000 đồng/m2", Some("m2")),
        ("5 USD mỗi người", "5 USD/người", Some("người")),
        ("200.000 đồng một vé", "200.000 đồng/vé", Some("vé")),
        ("3 đô la 25 xu", "3,25 USD", None),
        ("₩12.000", "12.000 KRW", None),
        ("USD250", "250 USD", None),
        ("100.000d", "100.000 đồng", None),
        ("45.000d/ly", "45.000 đồng/ly", Some("ly")),
    ] {
        let m: Money = input.parse().unwrap_or_else(|e| panic!("{input}: {e}"));
        assert_eq!(m.per.as_deref(), per, "{input}");
        assert_eq!(m.to_string(), shown, "{input}");
        assert_eq!(shown.parse::<Money>(), Ok(m), "{input}");
    }
}

#[test]
fn currencies_read_and_write_their_codes() {
    assert_eq!(Currency::all().count(), 176);
    for c in Currency::all() {
        assert_eq!(c.to_string().parse::<Currency>(), Ok(c));
        assert_eq!(Currency::from_code(c.code()), Some(c));
    }
    assert!("ABC".parse::<Currency>().is_err());
    assert!("bảng".parse::<Currency>().is_err());
    assert_eq!(Currency::Vnd, Currency::VND);
}

#[test]
fn every_form_of_the_table_is_read_where_it_may_stand() {
    let forms = forms();
    assert!(forms.len() > 176 + 60, "{}", forms.len());
    for form in forms {
        let mut places = vec![false];
        if form.before {
            places.push(true);
        }
        for before in places {
            let written = write(&form, "1.234,5", before);
            for text in [
                format!("Giá {written}."),
                common::nfd(&format!("Giá {written}.")),
            ] {
                let found = entities(&text);
                let start = text.find(' ').map_or(0, |i| i + 1);
                let want_text = text[start..text.len() - 1].to_string();
                assert_eq!(
                    found,
                    vec![(
                        "money".to_string(),
                        want_text,
                        "1234.5".to_string(),
                        form.currency.code().to_string(),
                        String::new()
                    )],
                    "in {text:?}"
                );
            }
        }
    }
}

/// `form` with the amount `shown` before or after it, as it is written: `$5`, `5 USD`.
fn write(form: &vnparse::currency::Form, shown: &str, before: bool) -> String {
    match (form.kind, before && form.before) {
        (FormKind::Symbol, true) => format!("{}{shown}", form.text),
        // A name stands before its amount as a price tag writes it, in capitals (`EURO 250`).
        (FormKind::Name, true) => format!("{} {shown}", form.text.to_uppercase()),
        (_, true) => format!("{} {shown}", form.text),
        (FormKind::Symbol, false) => format!("{shown}{}", form.text),
        (_, false) => format!("{shown} {}", form.text),
    }
}

/// Every form of the table, with the currency it names.
fn forms() -> Vec<vnparse::currency::Form> {
    Currency::all()
        .flat_map(|c| c.forms().collect::<Vec<_>>())
        .collect()
}

/// An amount in the writing `Display` uses: `1.234,5`.
fn amount() -> impl Strategy<Value = rust_decimal::Decimal> {
    (1u64..10_000_000, 0u32..3).prop_map(|(n, scale)| rust_decimal::Decimal::new(n as i64, scale))
}

proptest! {
    #[test]
    fn prices_round_trip(
        value in amount(),
        currency in proptest::sample::select(vec![Currency::VND, Currency::USD, Currency::KRW]),
        per in proptest::sample::select(vec!["tháng", "m2", "người", "kg", "lượng", "vé"]),
    ) {
        let m = Money { amount: Amount::Exact(value), currency, approx: None, per: Some(per.into()) };
        prop_assert_eq!(m.to_string().parse::<Money>(), Ok(m.clone()), "{}", m);
    }

    #[test]
    fn every_form_round_trips_and_is_found(
        form in proptest::sample::select(forms()),
        value in amount(),
        before in any::<bool>(),
    ) {
        let money = Money {
            amount: Amount::Exact(value),
            currency: form.currency,
            approx: None,
            per: None,
        };
        let shown = money.amount.to_string();
        let written = write(&form, &shown, before);
        prop_assert_eq!(written.parse::<Money>(), Ok(money.clone()), "{}", written);
        prop_assert_eq!(money.to_string().parse::<Money>(), Ok(money.clone()));
        let text = format!("Giá {written}, chưa thuế.");
        let found = entities(&text);
        prop_assert_eq!(
            found,
            vec![(
                "money".to_string(),
                written.clone(),
                vnparse::Amount::Exact(value).to_plain(),
                form.currency.code().to_string(),
                String::new(),
            )],
            "in {:?}",
            text
        );
    }
}

/// `năm` after `/` is the year a price is for (`36 triệu đồng/năm`), though `năm` is also
/// five: a number there is written in digits. Written and read back, the same money.
#[test]
fn a_price_per_year() {
    for (text, currency) in [
        ("36 triệu đồng/năm", "VND"),
        ("1.200 USD/năm", "USD"),
        ("3 NZ$/ năm", "NZD"),
    ] {
        let m: Money = text.parse().unwrap();
        assert_eq!(m.per.as_deref(), Some("năm"), "{text}");
        assert_eq!(m.currency.code(), currency, "{text}");
        assert_eq!(m.to_string().parse::<Money>().unwrap(), m, "{text}");
    }
    let found = vnparse::extract::extract("Học phí 28 - 35 triệu đồng/năm.");
    assert_eq!(found.len(), 1);
    assert!(found[0].fields().into_iter().any(|(name, f)| name == "per"
        && matches!(f, vnparse::extract::Field::Text(ref s) if s == "năm")));
}

#[test]
fn a_range_whose_bounds_a_dash_would_set_apart_is_written_with_den() {
    // `1 - 1.000 đồng` reads as a label and a price; the range is written `1 đến 1.000 đồng`,
    // and reads back as itself.
    use rust_decimal::Decimal;
    let money = Money {
        amount: Amount::Range(Decimal::ONE, Decimal::from(1000)),
        currency: Currency::VND,
        approx: None,
        per: None,
    };
    assert_eq!(money.to_string(), "1 đến 1.000 đồng");
    assert_eq!(money.to_string().parse::<Money>().ok(), Some(money));
    let amount = Amount::Range(Decimal::from(5), Decimal::from(10));
    assert_eq!(amount.to_string(), "5 - 10");
    assert_eq!(
        "1 đến 1.000".parse::<Amount>().ok(),
        Some(Amount::Range(Decimal::ONE, Decimal::from(1000)))
    );
    assert_eq!(
        "5 đến 10 người"
            .parse::<vnparse::Quantity>()
            .map(|q| q.amount)
            .ok(),
        Some(Amount::Range(Decimal::from(5), Decimal::from(10)))
    );
}
