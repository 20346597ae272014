//! Errors the core reports about its input. Each names the file it concerns, so a message can
//! be shown to a person as it is.

use std::fmt;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ParseError {
    /// The bytes are not UTF-8; `offset` is where the first bad byte is.
    InvalidUtf8 { file: String, offset: usize },
    /// The data holds NUL bytes: a binary file, not text.
    Binary { file: String },
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ParseError::InvalidUtf8 { file, offset } => write!(
                f,
                "{file}: not UTF-8 text (invalid byte at offset {offset}); save it as UTF-8 and try again"
            ),
            ParseError::Binary { file } => {
                write!(f, "{file}: looks like a binary file, not text")
            }
        }
    }
}

impl std::error::Error for ParseError {}
