//! Helpers shared by the integration tests: the entities an extractor finds, as rows to
//! compare, and decomposing Vietnamese text by hand (the crate must read NFD input the same as
//! NFC, and no normalization crate is a dependency).

#![allow(dead_code)]

/// (kind, text, value) of every entity `extractor` finds in `text`, in order.
pub fn found_by(extractor: &vnparse::Extractor, text: &str) -> Vec<(String, String, String)> {
    extractor
        .extract(text)
        .into_iter()
        .map(|e| {
            (
                e.kind().as_str().to_string(),
                text[e.span.clone()].to_string(),
                e.value_string(),
            )
        })
        .collect()
}

/// Every precomposed Vietnamese letter and its canonical decomposition (marks in canonical
/// order: the dot below U+0323, class 220, before the circumflex or breve, class 230; the horn
/// U+031B, class 216, first). `Đ`/`đ` have no decomposition.
pub const NFD: &[(char, &str)] = &[
    ('À', "A\u{300}"),
    ('Á', "A\u{301}"),
    ('Â', "A\u{302}"),
    ('Ã', "A\u{303}"),
    ('È', "E\u{300}"),
    ('É', "E\u{301}"),
    ('Ê', "E\u{302}"),
    ('Ì', "I\u{300}"),
    ('Í', "I\u{301}"),
    ('Ò', "O\u{300}"),
    ('Ó', "O\u{301}"),
    ('Ô', "O\u{302}"),
    ('Õ', "O\u{303}"),
    ('Ù', "U\u{300}"),
    ('Ú', "U\u{301}"),
    ('Ý', "Y\u{301}"),
    ('à', "a\u{300}"),
    ('á', "a\u{301}"),
    ('â', "a\u{302}"),
    ('ã', "a\u{303}"),
    ('è', "e\u{300}"),
    ('é', "e\u{301}"),
    ('ê', "e\u{302}"),
    ('ì', "i\u{300}"),
    ('í', "i\u{301}"),
    ('ò', "o\u{300}"),
    ('ó', "o\u{301}"),
    ('ô', "o\u{302}"),
    ('õ', "o\u{303}"),
    ('ù', "u\u{300}"),
    ('ú', "u\u{301}"),
    ('ý', "y\u{301}"),
    ('Ă', "A\u{306}"),
    ('ă', "a\u{306}"),
    ('Ĩ', "I\u{303}"),
    ('ĩ', "i\u{303}"),
    ('Ũ', "U\u{303}"),
    ('ũ', "u\u{303}"),
    ('Ơ', "O\u{31b}"),
    ('ơ', "o\u{31b}"),
    ('Ư', "U\u{31b}"),
    ('ư', "u\u{31b}"),
    ('Ạ', "A\u{323}"),
    ('ạ', "a\u{323}"),
    ('Ả', "A\u{309}"),
    ('ả', "a\u{309}"),
    ('Ấ', "A\u{302}\u{301}"),
    ('ấ', "a\u{302}\u{301}"),
    ('Ầ', "A\u{302}\u{300}"),
    ('ầ', "a\u{302}\u{300}"),
    ('Ẩ', "A\u{302}\u{309}"),
    ('ẩ', "a\u{302}\u{309}"),
    ('Ẫ', "A\u{302}\u{303}"),
    ('ẫ', "a\u{302}\u{303}"),
    ('Ậ', "A\u{323}\u{302}"),
    ('ậ', "a\u{323}\u{302}"),
    ('Ắ', "A\u{306}\u{301}"),
    ('ắ', "a\u{306}\u{301}"),
    ('Ằ', "A\u{306}\u{300}"),
    ('ằ', "a\u{306}\u{300}"),
    ('Ẳ', "A\u{306}\u{309}"),
    ('ẳ', "a\u{306}\u{309}"),
    ('Ẵ', "A\u{306}\u{303}"),
    ('ẵ', "a\u{306}\u{303}"),
    ('Ặ', "A\u{323}\u{306}"),
    ('ặ', "a\u{323}\u{306}"),
    ('Ẹ', "E\u{323}"),
    ('ẹ', "e\u{323}"),
    ('Ẻ', "E\u{309}"),
    ('ẻ', "e\u{309}"),
    ('Ẽ', "E\u{303}"),
    ('ẽ', "e\u{303}"),
    ('Ế', "E\u{302}\u{301}"),
    ('ế', "e\u{302}\u{301}"),
    ('Ề', "E\u{302}\u{300}"),
    ('ề', "e\u{302}\u{300}"),
    ('Ể', "E\u{302}\u{309}"),
    ('ể', "e\u{302}\u{309}"),
    ('Ễ', "E\u{302}\u{303}"),
    ('ễ', "e\u{302}\u{303}"),
    ('Ệ', "E\u{323}\u{302}"),
    ('ệ', "e\u{323}\u{302}"),
    ('Ỉ', "I\u{309}"),
    ('ỉ', "i\u{309}"),
    ('Ị', "I\u{323}"),
    ('ị', "i\u{323}"),
    ('Ọ', "O\u{323}"),
    ('ọ', "o\u{323}"),
    ('Ỏ', "O\u{309}"),
    ('ỏ', "o\u{309}"),
    ('Ố', "O\u{302}\u{301}"),
    ('ố', "o\u{302}\u{301}"),
    ('Ồ', "O\u{302}\u{300}"),
    ('ồ', "o\u{302}\u{300}"),
    ('Ổ', "O\u{302}\u{309}"),
    ('ổ', "o\u{302}\u{309}"),
    ('Ỗ', "O\u{302}\u{303}"),
    ('ỗ', "o\u{302}\u{303}"),
    ('Ộ', "O\u{323}\u{302}"),
    ('ộ', "o\u{323}\u{302}"),
    ('Ớ', "O\u{31b}\u{301}"),
    ('ớ', "o\u{31b}\u{301}"),
    ('Ờ', "O\u{31b}\u{300}"),
    ('ờ', "o\u{31b}\u{300}"),
    ('Ở', "O\u{31b}\u{309}"),
    ('ở', "o\u{31b}\u{309}"),
    ('Ỡ', "O\u{31b}\u{303}"),
    ('ỡ', "o\u{31b}\u{303}"),
    ('Ợ', "O\u{31b}\u{323}"),
    ('ợ', "o\u{31b}\u{323}"),
    ('Ụ', "U\u{323}"),
    ('ụ', "u\u{323}"),
    ('Ủ', "U\u{309}"),
    ('ủ', "u\u{309}"),
    ('Ứ', "U\u{31b}\u{301}"),
    ('ứ', "u\u{31b}\u{301}"),
    ('Ừ', "U\u{31b}\u{300}"),
    ('ừ', "u\u{31b}\u{300}"),
    ('Ử', "U\u{31b}\u{309}"),
    ('ử', "u\u{31b}\u{309}"),
    ('Ữ', "U\u{31b}\u{303}"),
    ('ữ', "u\u{31b}\u{303}"),
    ('Ự', "U\u{31b}\u{323}"),
    ('ự', "u\u{31b}\u{323}"),
    ('Ỳ', "Y\u{300}"),
    ('ỳ', "y\u{300}"),
    ('Ỵ', "Y\u{323}"),
    ('ỵ', "y\u{323}"),
    ('Ỷ', "Y\u{309}"),
    ('ỷ', "y\u{309}"),
    ('Ỹ', "Y\u{303}"),
    ('ỹ', "y\u{303}"),
];

/// How marks are laid out when decomposing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Form {
    /// Canonical NFD.
    Nfd,
    /// Decomposed with the vowel-quality mark always first (`e` U+0302 U+0323 for `ệ`):
    /// canonically equivalent to NFD, as some keyboards type it.
    QualityFirst,
}

pub fn decompose_char(c: char, form: Form) -> Option<String> {
    let (_, nfd) = NFD.iter().find(|(composed, _)| *composed == c)?;
    let mut chars: Vec<char> = nfd.chars().collect();
    if form == Form::QualityFirst && chars.len() == 3 {
        let quality = |m: char| matches!(m, '\u{302}' | '\u{306}' | '\u{31b}');
        if !quality(chars[1]) && quality(chars[2]) {
            chars.swap(1, 2);
        }
    }
    Some(chars.into_iter().collect())
}

/// `text` decomposed, and for every byte offset of `text` that is a char boundary, the offset
/// of the same place in the result (`map[text.len()]` is the result's length).
pub fn decompose(text: &str, form: Form) -> (String, Vec<usize>) {
    let mut out = String::with_capacity(text.len() * 2);
    let mut map = vec![usize::MAX; text.len() + 1];
    for (i, c) in text.char_indices() {
        map[i] = out.len();
        match decompose_char(c, form) {
            Some(d) => out.push_str(&d),
            None => out.push(c),
        }
    }
    map[text.len()] = out.len();
    (out, map)
}

pub fn nfd(text: &str) -> String {
    decompose(text, Form::Nfd).0
}
