//! Currencies: every active ISO 4217 code, the Vietnamese names and the symbols, in one table
//! from which the money reader ([`crate::money`]), the extractor's triggers and [`Currency`]
//! all derive.
//!
//! # Grammar
//!
//! ```text
//! currency = code | name | symbol
//! code     = an active ISO 4217 code                       USD  VND  AUD  KRW  XAU
//! name     = a name of the table's rows                     đồng  đ  VNĐ  đô la Mỹ  đôla  đô-la
//!                                                           euro  yên  nhân dân tệ  tệ  won  rúp
//! symbol   = "₫" | "$" | "US$" | "S$" | "A$" | "C$" | "HK$" | "NT$" | "€" | "£" | "¥" | "₩"
//!          | "฿" | "₹" | "₽" | …
//! ```
//!
//! The words of a name stand apart by spaces or one hyphen (`đô la`, `đô-la`). Where a form may
//! stand:
//!
//! - after an amount (`5 USD`, `100USD`, `3.200 tệ`, `500.000đ`, `5€`): every form;
//! - before an amount (`USD 250`, `USD250`, `$5`, `US$ 3.500`, `EURO 250`, `VNĐ 500.000`): the
//!   symbols, the codes and the names [`BEFORE`] lists.
//!
//! A code is read in capitals; the codes of the currencies with a Vietnamese name (`usd`,
//! `vnd`, `eur`) in any case. Codes that are also words or names in Vietnamese text (`TOP`,
//! `CUP`, `COP`, `PHP`, …: see [`CODES_ALSO_WORDS`]) are read only after an amount.
//!
//! A name is a currency only right after an amount, and not where it begins a longer word:
//! `đồng` in `5 đồng chí`, `đô` in `3 đô thị`, `yên` in `2 yên xe`, `tệ` in `4 tệ nạn` (each row
//! lists the words that make such compounds; the nouns counted that open with `đồng` are
//! [`crate::quantity::DONG_NOUNS`]); and not as the first syllable of a proper name
//! (`số 5 Yên Phụ`, `12 Đồng Khởi`). `bảng` alone is a table, never a pound: only `bảng Anh`
//! is. The list of codes is ISO's own (`data/iso4217.tsv`, written by
//! `tools/gen_iso4217_table.py` from an independent source).

use crate::error::{Error, ErrorKind};
use crate::text::{
    fold_hash, is_capitalized, same_word, space0, space1, split_word, Folded, WordSet,
};
use std::fmt;
use std::str::FromStr;
use std::sync::LazyLock;

/// A currency, by its ISO 4217 code: any active code, with associated constants for the
/// common ones.
///
/// ```
/// use vnparse::Currency;
/// assert_eq!(Currency::VND.code(), "VND");
/// assert_eq!("aud".parse::<Currency>(), Ok(Currency::AUD));
/// assert_eq!("đô la Úc".parse::<Currency>(), Ok(Currency::AUD));
/// assert_eq!("₩".parse::<Currency>().unwrap().to_string(), "KRW");
/// assert_eq!(Currency::from_code("AED").map(|c| c.to_string()), Some("AED".to_string()));
/// assert_eq!(Currency::from_code("ABC"), None);
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Currency([u8; 3]);

impl Currency {
    /// Vietnamese đồng.
    ///
    /// ```
    /// use vnparse::Currency;
    /// assert_eq!(Currency::from_code("vnd"), Some(Currency::VND));
    /// assert_eq!(Currency::VND.to_string(), "VND");
    /// ```
    pub const VND: Currency = Currency(*b"VND");
    /// US dollar.
    ///
    /// ```
    /// use vnparse::Currency;
    /// assert_eq!(Currency::from_code("usd"), Some(Currency::USD));
    /// assert_eq!(Currency::USD.to_string(), "USD");
    /// ```
    pub const USD: Currency = Currency(*b"USD");
    /// Euro.
    ///
    /// ```
    /// use vnparse::Currency;
    /// assert_eq!(Currency::from_code("eur"), Some(Currency::EUR));
    /// assert_eq!(Currency::EUR.to_string(), "EUR");
    /// ```
    pub const EUR: Currency = Currency(*b"EUR");
    /// Japanese yen.
    ///
    /// ```
    /// use vnparse::Currency;
    /// assert_eq!(Currency::from_code("jpy"), Some(Currency::JPY));
    /// assert_eq!(Currency::JPY.to_string(), "JPY");
    /// ```
    pub const JPY: Currency = Currency(*b"JPY");
    /// Chinese yuan (nhân dân tệ).
    ///
    /// ```
    /// use vnparse::Currency;
    /// assert_eq!(Currency::from_code("cny"), Some(Currency::CNY));
    /// assert_eq!(Currency::CNY.to_string(), "CNY");
    /// ```
    pub const CNY: Currency = Currency(*b"CNY");
    /// Pound sterling.
    ///
    /// ```
    /// use vnparse::Currency;
    /// assert_eq!(Currency::from_code("gbp"), Some(Currency::GBP));
    /// assert_eq!(Currency::GBP.to_string(), "GBP");
    /// ```
    pub const GBP: Currency = Currency(*b"GBP");
    /// South Korean won.
    ///
    /// ```
    /// use vnparse::Currency;
    /// assert_eq!(Currency::from_code("krw"), Some(Currency::KRW));
    /// assert_eq!(Currency::KRW.to_string(), "KRW");
    /// ```
    pub const KRW: Currency = Currency(*b"KRW");
    /// Thai baht.
    ///
    /// ```
    /// use vnparse::Currency;
    /// assert_eq!(Currency::from_code("thb"), Some(Currency::THB));
    /// assert_eq!(Currency::THB.to_string(), "THB");
    /// ```
    pub const THB: Currency = Currency(*b"THB");
    /// Australian dollar.
    ///
    /// ```
    /// use vnparse::Currency;
    /// assert_eq!(Currency::from_code("aud"), Some(Currency::AUD));
    /// assert_eq!(Currency::AUD.to_string(), "AUD");
    /// ```
    pub const AUD: Currency = Currency(*b"AUD");
    /// Singapore dollar.
    ///
    /// ```
    /// use vnparse::Currency;
    /// assert_eq!(Currency::from_code("sgd"), Some(Currency::SGD));
    /// assert_eq!(Currency::SGD.to_string(), "SGD");
    /// ```
    pub const SGD: Currency = Currency(*b"SGD");
    /// Canadian dollar.
    ///
    /// ```
    /// use vnparse::Currency;
    /// assert_eq!(Currency::from_code("cad"), Some(Currency::CAD));
    /// assert_eq!(Currency::CAD.to_string(), "CAD");
    /// ```
    pub const CAD: Currency = Currency(*b"CAD");
    /// Hong Kong dollar.
    ///
    /// ```
    /// use vnparse::Currency;
    /// assert_eq!(Currency::from_code("hkd"), Some(Currency::HKD));
    /// assert_eq!(Currency::HKD.to_string(), "HKD");
    /// ```
    pub const HKD: Currency = Currency(*b"HKD");
    /// New Taiwan dollar.
    ///
    /// ```
    /// use vnparse::Currency;
    /// assert_eq!(Currency::from_code("twd"), Some(Currency::TWD));
    /// assert_eq!(Currency::TWD.to_string(), "TWD");
    /// ```
    pub const TWD: Currency = Currency(*b"TWD");
    /// Russian ruble.
    ///
    /// ```
    /// use vnparse::Currency;
    /// assert_eq!(Currency::from_code("rub"), Some(Currency::RUB));
    /// assert_eq!(Currency::RUB.to_string(), "RUB");
    /// ```
    pub const RUB: Currency = Currency(*b"RUB");
    /// Indian rupee.
    ///
    /// ```
    /// use vnparse::Currency;
    /// assert_eq!(Currency::from_code("inr"), Some(Currency::INR));
    /// assert_eq!(Currency::INR.to_string(), "INR");
    /// ```
    pub const INR: Currency = Currency(*b"INR");
    /// Lao kip.
    ///
    /// ```
    /// use vnparse::Currency;
    /// assert_eq!(Currency::from_code("lak"), Some(Currency::LAK));
    /// assert_eq!(Currency::LAK.to_string(), "LAK");
    /// ```
    pub const LAK: Currency = Currency(*b"LAK");
    /// Cambodian riel.
    ///
    /// ```
    /// use vnparse::Currency;
    /// assert_eq!(Currency::from_code("khr"), Some(Currency::KHR));
    /// assert_eq!(Currency::KHR.to_string(), "KHR");
    /// ```
    pub const KHR: Currency = Currency(*b"KHR");
    /// Malaysian ringgit.
    ///
    /// ```
    /// use vnparse::Currency;
    /// assert_eq!(Currency::from_code("myr"), Some(Currency::MYR));
    /// assert_eq!(Currency::MYR.to_string(), "MYR");
    /// ```
    pub const MYR: Currency = Currency(*b"MYR");

    // The names of the former enum, kept so that code written against them still compiles.
    #[doc(hidden)]
    #[allow(non_upper_case_globals)]
    pub const Vnd: Currency = Currency::VND;
    #[doc(hidden)]
    #[allow(non_upper_case_globals)]
    pub const Usd: Currency = Currency::USD;
    #[doc(hidden)]
    #[allow(non_upper_case_globals)]
    pub const Eur: Currency = Currency::EUR;
    #[doc(hidden)]
    #[allow(non_upper_case_globals)]
    pub const Jpy: Currency = Currency::JPY;
    #[doc(hidden)]
    #[allow(non_upper_case_globals)]
    pub const Cny: Currency = Currency::CNY;
    #[doc(hidden)]
    #[allow(non_upper_case_globals)]
    pub const Gbp: Currency = Currency::GBP;
    #[doc(hidden)]
    #[allow(non_upper_case_globals)]
    pub const Krw: Currency = Currency::KRW;
    #[doc(hidden)]
    #[allow(non_upper_case_globals)]
    pub const Thb: Currency = Currency::THB;

    /// The currency of an active ISO 4217 code, in any case: `USD`, `vnd`.
    ///
    /// ```
    /// use vnparse::Currency;
    /// assert_eq!(Currency::from_code("vnd"), Some(Currency::VND));
    /// assert_eq!(Currency::from_code("CHF").map(|c| c.to_string()).as_deref(), Some("CHF"));
    /// assert_eq!(Currency::from_code("đô la"), None); // a name, not a code: parse it instead
    /// ```
    pub fn from_code(code: &str) -> Option<Currency> {
        let bytes: [u8; 3] = code.as_bytes().try_into().ok()?;
        let upper = Currency(bytes.map(|b| b.to_ascii_uppercase()));
        iso_row(upper).map(|_| upper)
    }

    /// The ISO 4217 code: `VND`, `USD`, …: the contract's `unit` field of a money.
    ///
    /// ```
    /// use vnparse::{Currency, Money};
    /// let m: Money = "19,5 tỷ đô la Mỹ".parse()?;
    /// assert_eq!(m.currency.code(), "USD");
    /// assert_eq!(Currency::VND.code(), "VND");
    /// # Ok::<(), vnparse::Error>(())
    /// ```
    pub fn code(&self) -> &str {
        // Always three ASCII capitals: only the table's codes are ever built.
        std::str::from_utf8(&self.0).unwrap_or("XXX")
    }

    /// The marker `Display` writes after an amount: `đồng` for the đồng, else the code.
    ///
    /// ```
    /// use vnparse::{Currency, Money};
    /// assert_eq!(Currency::VND.marker(), "đồng");
    /// assert_eq!(Currency::EUR.marker(), "EUR");
    /// assert_eq!("500.000đ".parse::<Money>()?.to_string(), "500.000 đồng");
    /// assert_eq!("€250".parse::<Money>()?.to_string(), "250 EUR");
    /// # Ok::<(), vnparse::Error>(())
    /// ```
    pub fn marker(&self) -> &str {
        match *self {
            Currency::VND => "đồng",
            _ => self.code(),
        }
    }

    /// Its Vietnamese name, for the currencies that have one: `đô la Mỹ`, `nhân dân tệ`.
    ///
    /// ```
    /// use vnparse::Currency;
    /// assert_eq!(Currency::CNY.name(), Some("nhân dân tệ"));
    /// assert_eq!(Currency::from_code("AED").unwrap().name(), None);
    /// ```
    pub fn name(&self) -> Option<&'static str> {
        named_row(*self).and_then(|row| row.names.first().copied())
    }

    /// How many digits its minor unit has (2 for the cent), if it has one (not for gold).
    ///
    /// ```
    /// use vnparse::Currency;
    /// assert_eq!(Currency::USD.minor_digits(), Some(2));
    /// assert_eq!(Currency::JPY.minor_digits(), Some(0));
    /// ```
    pub fn minor_digits(&self) -> Option<u32> {
        iso_row(*self).and_then(|row| row.minor)
    }

    /// Every active ISO 4217 currency, in order of code.
    ///
    /// ```
    /// assert!(vnparse::Currency::all().any(|c| c.code() == "VND"));
    /// ```
    pub fn all() -> impl Iterator<Item = Currency> {
        ISO.iter().map(|row| row.currency)
    }

    /// The forms of this currency the readers know: its code, its names and its symbols, each
    /// with where it may stand.
    ///
    /// ```
    /// use vnparse::Currency;
    /// let forms: Vec<&str> = Currency::KRW.forms().map(|f| f.text).collect();
    /// assert!(forms.contains(&"KRW") && forms.contains(&"won") && forms.contains(&"₩"));
    /// ```
    pub fn forms(&self) -> impl Iterator<Item = Form> + '_ {
        INDEX
            .forms
            .iter()
            .filter(move |f| f.currency == *self)
            .copied()
    }
}

impl fmt::Display for Currency {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl fmt::Debug for Currency {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Currency({})", self.code())
    }
}

impl FromStr for Currency {
    type Err = Error;

    /// A code (any case), a name or a symbol, alone.
    fn from_str(s: &str) -> Result<Self, Error> {
        let trimmed = s.trim();
        if let Some(c) = Currency::from_code(trimmed) {
            return Ok(c);
        }
        if let Some((c, rest)) = symbol(trimmed).or_else(|| word_form(trimmed, Place::After)) {
            if rest.is_empty() {
                return Ok(c);
            }
        }
        if trimmed.is_empty() {
            let expected = "a currency code, name or symbol such as `VND`, `đồng` or `$`";
            return Err(Error::at(s, 0, ErrorKind::Empty(expected)));
        }
        Err(Error::at(
            s,
            s.len().saturating_sub(s.trim_start().len()),
            ErrorKind::Invalid(format!("`{trimmed}` is no currency code, name or symbol")),
        ))
    }
}

/// One form of a currency, as [`Currency::forms`] lists them.
///
/// ```
/// use vnparse::currency::{Form, FormKind};
/// use vnparse::Currency;
/// let dollar: Vec<Form> = Currency::USD.forms().filter(|f| f.text == "$").collect();
/// assert_eq!(dollar.len(), 1);
/// assert_eq!((dollar[0].kind, dollar[0].before), (FormKind::Symbol, true)); // `$5` and `5$`
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Form {
    /// The form as written: `USD`, `đô la Mỹ`, `US$`.
    pub text: &'static str,
    /// Its currency.
    pub currency: Currency,
    /// What it is.
    pub kind: FormKind,
    /// Whether it may stand before the amount (`USD 5`, `$5`); every form may stand after.
    pub before: bool,
}

/// What a [`Form`] is.
///
/// ```
/// use vnparse::currency::FormKind;
/// use vnparse::Currency;
/// let kind_of = |text: &str| Currency::VND.forms().find(|f| f.text == text).map(|f| f.kind);
/// assert_eq!(kind_of("VND"), Some(FormKind::Code));
/// assert_eq!(kind_of("đồng"), Some(FormKind::Name));
/// assert_eq!(kind_of("₫"), Some(FormKind::Symbol));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FormKind {
    /// An ISO 4217 code.
    Code,
    /// A name: `đồng`, `đô la Mỹ`.
    Name,
    /// A symbol: `$`, `₫`, `HK$`.
    Symbol,
}

// ---------------------------------------------------------------------------------------------
// The table.

/// A currency with Vietnamese names or symbols: one row of the table.
struct Named {
    code: Currency,
    /// Its names, the usual one first.
    names: &'static [&'static str],
    /// Its symbols.
    symbols: &'static [&'static str],
    /// Words that, right after a one-word name, make it part of another word: `đồng ý`, `đô
    /// thị` (the nouns counted that open with `đồng` are [`crate::quantity::DONG_NOUNS`]).
    compounds: &'static [&'static str],
}

/// The currencies Vietnamese text names. The codes of every other currency come from ISO's
/// list alone.
#[rustfmt::skip]
const NAMED: &[Named] = &[
    Named {
        code: Currency::VND,
        // (`dong`, as a bank's SMS writes it with no marks: `845,300 dong`.)
        names: &["đồng", "việt nam đồng", "đồng việt nam", "vnđ", "đ", "dong"],
        symbols: &["₫"],
        compounds: &[
            // (The nouns counted, `đồng nghiệp`, `đồng hồ`, are `quantity::DONG_NOUNS`.)
            "ý", "thuận", "thời", "cảm", "tâm", "loạt", "nát", "lòng", "hành", "tình",
            "khởi", "dạng", "nhất", "bộ", "hóa", "quê", "sở", "hữu", "phạm",
            "âm", "niên", "tử", "dao", "vị", "thau", "lõa", "cân",
        ],
    },
    Named {
        code: Currency::USD,
        names: &["đô la Mỹ", "đôla Mỹ", "đô Mỹ", "đô la", "đôla", "đô", "Mỹ kim", "dollar"],
        symbols: &["US$", "$"],
        compounds: &["thị", "thành", "hộ", "đốc", "vật", "úy", "trưởng"],
    },
    Named { code: Currency::EUR, names: &["euro"], symbols: &["€"], compounds: &[] },
    Named {
        code: Currency::JPY,
        names: &["yên Nhật", "yên"],
        symbols: &["¥"],
        compounds: &[
            "tâm", "bình", "ổn", "ả", "lặng", "tĩnh", "xe", "ngựa", "vị", "giấc", "nghỉ", "ắng",
            "lòng", "ấm", "thân",
        ],
    },
    Named {
        code: Currency::CNY,
        names: &["nhân dân tệ", "tệ", "NDT", "RMB", "yuan"],
        symbols: &[],
        compounds: &["nạn", "hại", "bạc", "lậu", "xá"],
    },
    Named { code: Currency::GBP, names: &["bảng Anh", "pound"], symbols: &["£"], compounds: &[] },
    Named {
        code: Currency::KRW,
        names: &["won Hàn Quốc", "won"],
        symbols: &["₩"],
        compounds: &[],
    },
    Named {
        code: Currency(*b"KPW"),
        names: &["won Triều Tiên"],
        symbols: &[],
        compounds: &[],
    },
    Named {
        code: Currency::THB,
        names: &["baht Thái", "baht", "bạt Thái", "bạt"],
        symbols: &["฿"],
        compounds: &["ngàn", "mạng", "tai", "che", "nhún", "gió"],
    },
    Named {
        code: Currency::AUD,
        names: &["đô la Úc", "đôla Úc", "đô Úc", "đô la Australia"],
        symbols: &["AU$", "A$"],
        compounds: &[],
    },
    Named {
        code: Currency::SGD,
        names: &["đô la Singapore", "đôla Singapore", "đô Singapore", "đô Sing"],
        symbols: &["SG$", "S$"],
        compounds: &[],
    },
    Named {
        code: Currency::CAD,
        names: &["đô la Canada", "đôla Canada", "đô Canada"],
        symbols: &["CA$", "C$"],
        compounds: &[],
    },
    Named {
        code: Currency::HKD,
        names: &["đô la Hồng Kông", "đô la Hong Kong", "đôla Hồng Kông", "đô Hồng Kông"],
        symbols: &["HK$"],
        compounds: &[],
    },
    Named {
        code: Currency::TWD,
        names: &["đô la Đài Loan", "Đài tệ", "Tân Đài tệ"],
        symbols: &["NT$"],
        compounds: &[],
    },
    Named {
        code: Currency(*b"NZD"),
        names: &["đô la New Zealand"],
        symbols: &["NZ$"],
        compounds: &[],
    },
    Named {
        code: Currency(*b"CHF"),
        names: &["franc Thụy Sĩ", "phrăng Thụy Sĩ", "franc"],
        symbols: &[],
        compounds: &[],
    },
    Named {
        code: Currency::RUB,
        names: &["rúp Nga", "rúp", "ruble", "rouble"],
        symbols: &["₽"],
        compounds: &[],
    },
    Named {
        code: Currency::INR,
        names: &["rupee Ấn Độ", "rupee", "rupi"],
        symbols: &["₹"],
        compounds: &[],
    },
    Named {
        code: Currency::MYR,
        names: &["ringgit Malaysia", "ringgit"],
        symbols: &[],
        compounds: &[],
    },
    Named {
        code: Currency::LAK,
        names: &["kíp Lào", "kíp", "kip"],
        symbols: &["₭"],
        // `3 kíp trực`, `5 kíp nổ`, `4 kíp vận hành`: crews and detonators, not kip.
        compounds: &[
            "trực", "nổ", "mổ", "thợ", "làm", "lái", "bay", "máy", "công", "gây", "điện", "vận",
            "cấp", "sửa", "kỹ", "thi", "bảo", "xử", "khắc", "cứu",
        ],
    },
    Named {
        code: Currency::KHR,
        names: &["riel Campuchia", "riel"],
        symbols: &["៛"],
        compounds: &[],
    },
    Named {
        code: Currency(*b"IDR"),
        names: &["rupiah Indonesia", "rupiah"],
        symbols: &[],
        compounds: &[],
    },
    Named {
        code: Currency(*b"PHP"),
        names: &["peso Philippines"],
        symbols: &["₱"],
        compounds: &[],
    },
    Named { code: Currency(*b"MXN"), names: &["peso Mexico"], symbols: &[], compounds: &[] },
    Named { code: Currency(*b"BRL"), names: &["real Brazil"], symbols: &[], compounds: &[] },
    Named {
        code: Currency(*b"TRY"),
        names: &["lira Thổ Nhĩ Kỳ"],
        symbols: &["₺"],
        compounds: &[],
    },
    Named { code: Currency(*b"ILS"), names: &["shekel"], symbols: &["₪"], compounds: &[] },
    Named { code: Currency(*b"UAH"), names: &["hryvnia"], symbols: &["₴"], compounds: &[] },
    Named { code: Currency(*b"NGN"), names: &["naira"], symbols: &["₦"], compounds: &[] },
    Named { code: Currency(*b"ZAR"), names: &["rand Nam Phi"], symbols: &[], compounds: &[] },
    Named { code: Currency(*b"MMK"), names: &["kyat"], symbols: &[], compounds: &[] },
    Named {
        code: Currency(*b"SEK"),
        names: &["krona Thụy Điển"],
        symbols: &[],
        compounds: &[],
    },
    Named { code: Currency(*b"NOK"), names: &["krone Na Uy"], symbols: &[], compounds: &[] },
    Named {
        code: Currency(*b"DKK"),
        names: &["krone Đan Mạch"],
        symbols: &[],
        compounds: &[],
    },
];

/// The names that may also stand before an amount, in capitals as on a price tag: `EURO 250`,
/// `VNĐ 500.000` (codes and symbols may, see the module docs).
///
/// ```
/// use vnparse::Money;
/// assert_eq!("VNĐ 500.000".parse::<Money>().unwrap().to_string(), "500.000 đồng");
/// assert!("đồng 500".parse::<Money>().is_err());
/// ```
pub const BEFORE: &[&str] = &["euro", "vnđ"];

/// Codes that are also words or names in Vietnamese text (`Top 10`, `World Cup 2022`, `COP28`,
/// `PHP 8`, `AMD Ryzen`, `SBD 020517`, a candidate's number): read only after an amount, in
/// capitals.
///
/// ```
/// use vnparse::Money;
/// assert!("TOP 10".parse::<Money>().is_err());
/// assert_eq!("10 TOP".parse::<Money>().unwrap().currency.code(), "TOP");
/// assert!("10 top".parse::<Money>().is_err());
/// ```
pub const CODES_ALSO_WORDS: &[&str] = &[
    "ALL", "AMD", "BOB", "CHE", "COP", "CUP", "CVE", "GEL", "MAD", "PEN", "PHP", "SAR", "SBD",
    "SOS", "TOP", "TRY",
];

/// The active ISO 4217 codes, as `tools/gen_iso4217_table.py` wrote them: code, numeric code,
/// digits of the minor unit (`-` for none), English name.
const ISO_TSV: &str = include_str!("../data/iso4217.tsv");

/// One code of ISO's list.
struct IsoRow {
    currency: Currency,
    minor: Option<u32>,
}

/// ISO's list, sorted by code.
static ISO: LazyLock<Vec<IsoRow>> = LazyLock::new(|| {
    let mut rows: Vec<IsoRow> = ISO_TSV
        .lines()
        .filter_map(|line| {
            let mut fields = line.split('\t');
            let code: [u8; 3] = fields.next()?.as_bytes().try_into().ok()?;
            let minor = fields.nth(1)?.parse().ok();
            Some(IsoRow {
                currency: Currency(code),
                minor,
            })
        })
        .collect();
    rows.sort_by_key(|row| row.currency);
    rows
});

fn iso_row(currency: Currency) -> Option<&'static IsoRow> {
    let i = ISO
        .binary_search_by_key(&currency, |row| row.currency)
        .ok()?;
    ISO.get(i)
}

fn named_row(currency: Currency) -> Option<&'static Named> {
    NAMED.iter().find(|row| row.code == currency)
}

// ---------------------------------------------------------------------------------------------
// The index the readers and the scanner use, derived from the table once.

/// Every form, and the forms by the fold hash of their first word.
struct Index {
    forms: Vec<Form>,
    /// [`fold_hash`] of the first word → the indices of its word forms, longest first.
    by_first: Vec<(u64, Vec<usize>)>,
    /// The symbols, longest first: `US$` before `$`.
    symbols: Vec<usize>,
    /// Whether a symbol begins with the byte: most positions of a text are ruled out by one
    /// look-up.
    symbol_starts: [bool; 256],
    /// The fold hashes of the words that may open a money before its amount, sorted: codes,
    /// [`BEFORE`] names, and the letters of symbols such as `US$`.
    openers: Vec<u64>,
    /// The compounds of each row of [`NAMED`], in its order, as sets: the word after a name
    /// is folded once and looked up, not compared with each (`đồng` has forty).
    compounds: Vec<WordSet>,
}

static INDEX: LazyLock<Index> = LazyLock::new(|| {
    let mut forms = Vec::new();
    for row in ISO.iter() {
        let text = code_text(row.currency);
        let word = CODES_ALSO_WORDS.contains(&text);
        forms.push(Form {
            text,
            currency: row.currency,
            kind: FormKind::Code,
            before: !word,
        });
    }
    for row in NAMED {
        for &name in row.names {
            forms.push(Form {
                text: name,
                currency: row.code,
                kind: FormKind::Name,
                before: BEFORE.iter().any(|b| same_word(name, b)),
            });
        }
        for &symbol in row.symbols {
            forms.push(Form {
                text: symbol,
                currency: row.code,
                kind: FormKind::Symbol,
                before: true,
            });
        }
    }
    let mut by_first: Vec<(u64, Vec<usize>)> = Vec::new();
    let mut symbols = Vec::new();
    let mut openers = Vec::new();
    for (i, form) in forms.iter().enumerate() {
        if form.kind == FormKind::Symbol {
            symbols.push(i);
            let letters: &str = form
                .text
                .split(|c: char| !c.is_ascii_alphabetic())
                .next()
                .unwrap_or_default();
            if !letters.is_empty() {
                openers.push(fold_hash(letters));
            }
            continue;
        }
        let first = form.text.split([' ', '-']).next().unwrap_or_default();
        let hash = fold_hash(first);
        if form.before {
            openers.push(hash);
        }
        match by_first.iter_mut().find(|(h, _)| *h == hash) {
            Some((_, indices)) => indices.push(i),
            None => by_first.push((hash, vec![i])),
        }
    }
    for (_, indices) in &mut by_first {
        indices
            .sort_by_key(|&i| std::cmp::Reverse(forms.get(i).map(|f| f.text.split(' ').count())));
    }
    by_first.sort_by_key(|(hash, _)| *hash);
    symbols.sort_by_key(|&i| std::cmp::Reverse(forms.get(i).map(|f| f.text.len())));
    let mut symbol_starts = [false; 256];
    for &i in &symbols {
        let first = forms.get(i).and_then(|f| f.text.as_bytes().first());
        if let Some(start) = first.and_then(|&b| symbol_starts.get_mut(usize::from(b))) {
            *start = true;
        }
    }
    openers.sort_unstable();
    openers.dedup();
    Index {
        forms,
        by_first,
        symbols,
        symbol_starts,
        openers,
        compounds: NAMED
            .iter()
            .map(|row| WordSet::new(row.compounds))
            .collect(),
    }
});

/// The code of a currency of ISO's list, as a `'static` string.
fn code_text(currency: Currency) -> &'static str {
    // The list's text holds every code at the start of its line.
    ISO_TSV
        .lines()
        .find(|line| line.as_bytes().get(..3) == Some(&currency.0[..]))
        .and_then(|line| line.get(..3))
        .unwrap_or("XXX")
}

// ---------------------------------------------------------------------------------------------
// What the readers and the scanner ask.

/// Where a form is read: before or after its amount.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Place {
    Before,
    After,
    /// After a scale word (`2 Triệu Đồng`): a name in title case opens no proper name there,
    /// as a headline in title case writes the currency.
    AfterAScale,
}

/// The fold hashes of the words that may open a money before its amount: a code (`USD250`), a
/// name such as `EURO`, or the letters of a symbol (`US` of `US$`). The scanner tries the money
/// reader at such words.
pub(crate) fn opener_hashes() -> &'static [u64] {
    &INDEX.openers
}

/// Whether a currency sign that is not a letter (`$`, `₫`, `€`, `₩`, …) starts `text`: the
/// scanner tries the money reader there.
pub(crate) fn starts_with_sign(text: &str) -> bool {
    let Some(&first) = text.as_bytes().first() else {
        return false;
    };
    // One look-up rules out almost every position; `US$` opens with letters, found as a word.
    INDEX.symbol_starts.get(usize::from(first)) == Some(&true)
        && !first.is_ascii_alphanumeric()
        && symbol(text).is_some()
}

/// Whether a currency sign that is not a letter (`$`, `₫`, `€`, …) ends `text`: a sum glued to
/// its sign, as before the dash of `11$-12$`.
pub(crate) fn ends_with_sign(text: &str) -> bool {
    text.chars().next_back().is_some_and(|last| {
        let sign = text
            .get(text.len().saturating_sub(last.len_utf8())..)
            .unwrap_or_default();
        !last.is_alphanumeric() && symbol(sign).is_some_and(|(_, rest)| rest.is_empty())
    })
}

/// The currency symbol at the start of `input` (`US$`, `$`, `₫`), and the rest.
pub(crate) fn symbol(input: &str) -> Option<(Currency, &str)> {
    let index = &*INDEX;
    let first = usize::from(*input.as_bytes().first()?);
    if index.symbol_starts.get(first) != Some(&true) {
        return None;
    }
    index.symbols.iter().find_map(|&i| {
        let form = index.forms.get(i)?;
        let rest = input.strip_prefix(form.text)?;
        Some((form.currency, rest))
    })
}

/// The currency written at the start of `input` (spaces before it skipped), as it may stand
/// after an amount, and the rest: `đồng`, `USD`, `€`, `đô-la Mỹ`.
pub(crate) fn after_amount(input: &str) -> Option<(Currency, &str)> {
    let (rest, _) = space0(input).ok()?;
    symbol(rest).or_else(|| word_form(rest, Place::After))
}

/// [`after_amount`] where the amount ends with a scale word (`2 Triệu Đồng Mỗi Lượng`): a
/// capitalized word after the name makes no proper name of it (see [`Place::AfterAScale`]).
pub(crate) fn after_a_scale(input: &str) -> Option<(Currency, &str)> {
    let (rest, _) = space0(input).ok()?;
    word_form(rest, Place::AfterAScale)
}

/// The currency written at the start of `input` as it may stand before an amount (`USD`, `$`,
/// `EURO`), and the rest; the amount must follow at once or after spaces (a code in capitals
/// may be glued to it: `USD250`).
pub(crate) fn before_amount(input: &str) -> Option<(Currency, &str)> {
    if let Some((currency, rest)) = symbol(input) {
        return Some((currency, space0(rest).ok()?.0));
    }
    let (currency, rest) = word_form(input, Place::Before)?;
    let (after, spaces) = space0(rest).ok()?;
    let capitals = input
        .get(..input.len().saturating_sub(rest.len()))
        .is_some_and(|w| !w.chars().any(char::is_lowercase));
    let glued_digits = spaces.is_empty() && after.starts_with(|c: char| c.is_ascii_digit());
    (!spaces.is_empty() || glued_digits && capitals).then_some((currency, after))
}

/// A code or name at the start of `input` that may stand at `place`, and the rest.
fn word_form(input: &str, place: Place) -> Option<(Currency, &str)> {
    let (word, after_word) = split_word(input)?;
    let hash = fold_hash(word);
    let index = &*INDEX;
    let found = index
        .by_first
        .binary_search_by_key(&hash, |(h, _)| *h)
        .ok()?;
    let (_, candidates) = index.by_first.get(found)?;
    let first = Folded::new(word);
    candidates.iter().find_map(|&i| {
        let form = index.forms.get(i)?;
        if place == Place::Before && !form.before {
            return None;
        }
        let len = match_name(input, &first, after_word, form.text)?;
        let written = &input[..len];
        let rest = &input[len..];
        let accepted = match form.kind {
            FormKind::Code => code_written_right(written, form.currency),
            _ => name_stands(written, rest, form, place) && name_placed_right(written, place),
        };
        accepted.then_some((form.currency, rest))
    })
}

/// A currency's name follows its amount in running text (`5 euro`); before the amount it is a
/// price tag's, written in capitals (`EURO 250`, `VNĐ 500.000`). In any other case a name
/// before a number names something else: a standard (`tiêu chuẩn Euro 5`), a tournament.
fn name_placed_right(written: &str, place: Place) -> bool {
    place != Place::Before || !written.chars().any(char::is_lowercase)
}

/// A code is read in capitals, and in any case for the currencies Vietnamese text names.
fn code_written_right(written: &str, currency: Currency) -> bool {
    written.bytes().all(|b| b.is_ascii_uppercase()) || named_row(currency).is_some()
}

/// Whether a name written as `written`, with `rest` after it, is the currency: not the start
/// of a longer word (`đồng chí`) or of a proper name (`Yên Phụ`).
fn name_stands(written: &str, rest: &str, form: &Form, place: Place) -> bool {
    let one_word = !form.text.contains(' ');
    let next = space1(rest)
        .ok()
        .and_then(|(r, _)| split_word(r))
        .map(|(w, _)| w);
    // `5 đ/c`: the abbreviation of `đồng chí` (comrades), the letter `c` alone after the slash;
    // `45.000 đ/chai`, `đ/cái` are prices.
    let comrades = rest
        .strip_prefix("/c")
        .is_some_and(|after| !after.starts_with(char::is_alphanumeric));
    if same_word(written, "đ") && comrades {
        return false;
    }
    if !one_word {
        return true;
    }
    let Some(next) = next else {
        return true;
    };
    let compounds = NAMED
        .iter()
        .position(|row| row.code == form.currency)
        .and_then(|row| INDEX.compounds.get(row));
    if compounds.is_some_and(|set| set.contains(next)) {
        return false;
    }
    // `3 đồng nghiệp`, `300 đồng hồ`: a noun the lexicon counts.
    if form.currency == Currency::VND && crate::quantity::dong_opens_a_noun(next) {
        return false;
    }
    // `số 5 Yên Phụ`, `12 Đồng Khởi`: a capitalized word before another starts a name. (A line
    // of capitals, `5 ĐỒNG MỖI`, is no name.)
    let title = |w: &str| is_capitalized(w) && w.chars().skip(1).any(char::is_lowercase);
    place == Place::AfterAScale || !(title(written) && is_capitalized(next))
}

/// The length of the name `name` at the start of `input` (its first word already folded), its
/// words apart by spaces on one line or by one hyphen (`đô-la`).
fn match_name(input: &str, first: &Folded, after: &str, name: &str) -> Option<usize> {
    let mut words = name.split(' ');
    if !first.matches(words.next()?) {
        return None;
    }
    let mut rest = after;
    for want in words {
        let next = match rest.strip_prefix('-') {
            Some(r) => r,
            None => space1(rest).ok()?.0,
        };
        let (word, after_word) = split_word(next)?;
        if !same_word(word, want) {
            return None;
        }
        rest = after_word;
    }
    Some(input.len().saturating_sub(rest.len()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_named_currency_has_an_iso_code() {
        for row in NAMED {
            assert!(iso_row(row.code).is_some(), "{}", row.code);
        }
        for code in CODES_ALSO_WORDS {
            assert!(Currency::from_code(code).is_some(), "{code}");
        }
    }

    #[test]
    fn the_list_is_iso_s() {
        assert_eq!(ISO.len(), 176);
        assert!(Currency::from_code("XTS").is_none() && Currency::from_code("XXX").is_none());
    }

    #[test]
    fn no_form_is_listed_twice() {
        let mut seen = std::collections::HashSet::new();
        for form in &INDEX.forms {
            let key = Folded::new(form.text).as_str().to_string();
            assert!(seen.insert(key), "{}", form.text);
        }
    }

    #[test]
    fn openers_are_codes_names_and_symbol_letters() {
        let opens = |word| opener_hashes().contains(&fold_hash(word));
        assert!(opens("USD") && opens("usd") && opens("EURO") && opens("HK"));
        // `đồng` stands after the amount only.
        assert!(!opens("đồng") && !opens("TOP"));
    }

    #[test]
    fn signs_and_symbols() {
        assert!(starts_with_sign("₩12.000") && starts_with_sign("$5"));
        assert!(!starts_with_sign("US$5") && !starts_with_sign("5$"));
        assert_eq!(symbol("US$ 3.500"), Some((Currency::USD, " 3.500")));
        assert_eq!(symbol("HK$5"), Some((Currency::HKD, "5")));
        assert_eq!(symbol("USD"), None);
    }

    #[test]
    fn forms_after_an_amount() {
        assert_eq!(after_amount(" đô-la Mỹ."), Some((Currency::USD, ".")));
        assert_eq!(after_amount(" AUD"), Some((Currency::AUD, "")));
        assert_eq!(after_amount(" đồng chí"), None);
        // A code in capitals, or of a currency Vietnamese text names.
        assert_eq!(after_amount(" aed"), None);
    }

    #[test]
    fn forms_before_an_amount() {
        assert_eq!(before_amount("USD250"), Some((Currency::USD, "250")));
        assert_eq!(before_amount("US$ 3.500"), Some((Currency::USD, "3.500")));
        assert_eq!(before_amount("EURO 250"), Some((Currency::EUR, "250")));
        assert_eq!(before_amount("TOP 10"), None);
        assert_eq!(
            before_amount("VNĐ 500.000"),
            Some((Currency::VND, "500.000"))
        );
        // A name before its amount only in capitals: otherwise a standard or a tournament.
        assert_eq!(before_amount("Euro 5"), None);
        assert_eq!(before_amount("euro 4"), None);
        assert_eq!(before_amount("Vnđ 500"), None);
        assert_eq!(before_amount("usd5"), None);
    }
}
