//! Serde: every value type round-trips through JSON as its text form, and an entity's JSON
//! wrapper writes exactly the contract's line.

#![cfg(feature = "serde")]

use serde::de::DeserializeOwned;
use serde::Serialize;
use std::fmt::Debug;
use std::str::FromStr;
use vnparse::gazetteer::{Code, Era};
use vnparse::*;

/// `written` parses, serializes as its `Display` string, and reads back equal.
fn round_trip<T>(written: &str)
where
    T: FromStr + Serialize + DeserializeOwned + PartialEq + Debug + std::fmt::Display,
    T::Err: Debug,
{
    let value: T = written.parse().expect(written);
    let json = serde_json::to_string(&value).unwrap();
    assert_eq!(json, serde_json::to_string(&value.to_string()).unwrap());
    let back: T = serde_json::from_str(&json).unwrap();
    assert_eq!(back, value, "{written} -> {json}");
}

#[test]
fn every_value_type_round_trips_as_its_text() {
    round_trip::<Money>("gần 1,5 tỷ đồng");
    round_trip::<Money>("19,5 triệu USD");
    round_trip::<Number>("1.234,5678");
    round_trip::<Amount>("1.234,5678");
    round_trip::<Amount>("5.000.000 - 10.000.000");
    round_trip::<Approx>("khoảng");
    round_trip::<Percent>("7,22%");
    round_trip::<Quantity>("54.205 đối tượng");
    round_trip::<Ratio>("1.328/900 hộ");
    round_trip::<Ordinal>("lần thứ IV");
    round_trip::<Date>("Thứ sáu, 10/03/2023");
    round_trip::<Date>("Tết Canh Tý 2020");
    round_trip::<Time>("17:15:19");
    round_trip::<Month>("tháng 02/2023");
    round_trip::<Quarter>("quý II/2023");
    round_trip::<Year>("giai đoạn 2021-2025");
    round_trip::<AdminUnit>("huyện gia viễn");
    round_trip::<Address>("56 Lê Duẩn - Phường 3 - Tp Sóc Trăng");
    round_trip::<Phone>("0299.3822339");
    round_trip::<DocNumber>("20/2021/NĐ-CP");
    round_trip::<Code>("00001");
    round_trip::<Code>("02");
    round_trip::<Era>("legacy");
    round_trip::<Era>("2025");
    // A currency is its ISO code, however it was written.
    round_trip::<Currency>("đô la Úc");
    round_trip::<Currency>("₩");
    round_trip::<Currency>("vnd");
    round_trip::<vnparse::gazetteer::Level>("district");
    round_trip::<vnparse::admin::AdminLevel>("village");
    round_trip::<vnparse::admin::AdminType>("thành phố");
    round_trip::<vnparse::admin::AdminType>("đặc khu");
}

#[test]
fn values_keep_their_exact_text() {
    let code: Code = serde_json::from_str(r#""001""#).unwrap();
    assert_eq!(serde_json::to_string(&code).unwrap(), r#""001""#);
    let m: Money = serde_json::from_str(r#""1,5 tỷ đồng""#).unwrap();
    assert_eq!(
        serde_json::to_string(&m).unwrap(),
        r#""1.500.000.000 đồng""#
    );
}

#[test]
fn bad_text_is_a_deserialization_error_with_the_crate_message() {
    let err = serde_json::from_str::<Money>(r#""1..2 triệu đồng""#).unwrap_err();
    assert!(
        err.to_string().starts_with(
            "at char 2 (byte 2) in `1.‸.2 triệu đồng`: unexpected `.`, expected a digit"
        ),
        "{err}"
    );
    assert!(serde_json::from_str::<Code>(r#""0001""#).is_err());
    assert!(serde_json::from_str::<Code>("1").is_err());
    assert!(serde_json::from_str::<Era>(r#""2024""#).is_err());
}

#[test]
fn the_entity_wrapper_writes_the_contract_line() {
    let report = include_str!("../sample/report.txt");
    let extra =
        "Trụ sở ở phường Phúc Xá, quận Ba Đình, thành phố Hà Nội.\n\"trích\"\t\u{8}\u{c}\u{1}";
    for text in [report, extra] {
        let entities = extract(text);
        assert!(!entities.is_empty());
        for e in &entities {
            let line = serde_json::to_string(&e.json(text)).unwrap();
            assert_eq!(line, e.to_json(text));
        }
    }
}
