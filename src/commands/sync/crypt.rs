//! Segments sealed with the folder's passphrase (`cop sync init DIR --encrypt`), for a
//! folder on someone else's cloud: age's scrypt recipient, so any replica that knows
//! the passphrase opens them and the cloud sees only ciphertext and file sizes.

use std::io::{BufRead, Read, Write};

use age::secrecy::SecretString;
use age::stream::StreamWriter;

use crate::error::{Error, Result};

/// The first line of every age file: how a sealed segment is told from a plain one.
const AGE_HEADER: &[u8] = b"age-encryption.org/v1\n";

/// scrypt's work factor (N = 2^16: some 64 MiB and a fraction of a second per file).
/// age's own default aims at one second per file, which a sync reading many segments
/// would pay many times over; 2^16 still makes each guess of the passphrase cost an
/// attacker the same memory and time.
const WORK_FACTOR: u8 = 16;

/// The highest work factor a file may ask for: a hostile file asking for more would
/// make `cop sync` spend minutes and gigabytes on one guess.
const MAX_WORK_FACTOR: u8 = 20;

/// What a replica's check file holds once opened.
const CHECK_TEXT: &[u8] = b"cop sync passphrase check\n";

/// The file in a replica's sub-folder that proves a passphrase before anything is
/// read or written with it.
pub const CHECK_FILE: &str = "passphrase.age";

/// The passphrase of an encrypted folder.
pub struct Passphrase(SecretString);

impl Passphrase {
    /// Takes a passphrase as given; an empty one is refused, naming where it came from.
    pub fn new(text: String, from: &str) -> Result<Passphrase> {
        if text.is_empty() {
            return Err(Error::invalid(format!("{from}: the passphrase must not be empty")));
        }
        Ok(Passphrase(SecretString::from(text)))
    }

    /// Seals `plain` so only this passphrase opens it.
    pub fn seal(&self, plain: &[u8]) -> Result<Vec<u8>> {
        let mut sealed = Vec::new();
        let mut w = self.seal_to(&mut sealed)?;
        w.write_all(plain).map_err(|e| cannot_encrypt(&e))?;
        w.finish().map_err(|e| cannot_encrypt(&e))?;
        Ok(sealed)
    }

    /// A writer that seals what goes through it into `out`, a piece at a time, so a
    /// segment of any size is sealed in little memory; `finish` writes its last piece.
    pub fn seal_to<W: Write>(&self, out: W) -> Result<StreamWriter<W>> {
        let mut recipient = age::scrypt::Recipient::new(self.0.clone());
        recipient.set_work_factor(WORK_FACTOR);
        let encryptor = age::Encryptor::with_recipients(std::iter::once(&recipient as &dyn age::Recipient))
            .map_err(|e| Error::runtime(format!("cannot encrypt a segment: {e}")))?;
        encryptor.wrap_output(out).map_err(|e| cannot_encrypt(&e))
    }

    /// Opens a sealed file; `None` when this passphrase is not the one it was sealed
    /// with. A file that is not whole or not age at all is an error, said by the caller
    /// with the file's name.
    pub fn open(&self, sealed: &[u8]) -> std::result::Result<Option<Vec<u8>>, String> {
        let Some(mut reader) = self.open_from(sealed)? else { return Ok(None) };
        let mut plain = Vec::new();
        reader.read_to_end(&mut plain).map_err(|e| damaged(&e))?;
        Ok(Some(plain))
    }

    /// Like [`Passphrase::open`], reading the plain text as it is decrypted. A piece
    /// that does not open (the file was cut short or changed) fails that read.
    pub fn open_from<R: BufRead>(&self, sealed: R) -> std::result::Result<Option<impl Read>, String> {
        let mut identity = age::scrypt::Identity::new(self.0.clone());
        identity.set_max_work_factor(MAX_WORK_FACTOR);
        let decryptor = age::Decryptor::new_buffered(sealed).map_err(|e| damaged(&e))?;
        // The file key is unwrapped from the header with the passphrase: failing there
        // (scrypt's stanza does not open) is the only way age says "wrong passphrase".
        match decryptor.decrypt(std::iter::once(&identity as &dyn age::Identity)) {
            Ok(reader) => Ok(Some(reader)),
            Err(age::DecryptError::DecryptionFailed | age::DecryptError::NoMatchingKeys) => Ok(None),
            Err(e) => Err(damaged(&e)),
        }
    }

    /// The check file's contents for this passphrase.
    pub fn check_file(&self) -> Result<Vec<u8>> {
        self.seal(CHECK_TEXT)
    }

    /// Whether this passphrase opens a check file.
    pub fn opens_check(&self, sealed: &[u8]) -> bool {
        matches!(self.open(sealed), Ok(Some(plain)) if plain == CHECK_TEXT)
    }
}

/// What a sealed file that is not whole or not age at all says.
pub fn damaged(e: &dyn std::fmt::Display) -> String {
    format!("cannot be decrypted: {e}")
}

/// What a segment that cannot be sealed says.
pub fn cannot_encrypt(e: &std::io::Error) -> Error {
    Error::runtime(format!("cannot encrypt a segment: {e}"))
}

/// Whether a file is sealed (age) rather than a plain segment.
pub fn is_sealed(bytes: &[u8]) -> bool {
    bytes.starts_with(AGE_HEADER)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pass(s: &str) -> Passphrase {
        Passphrase::new(s.into(), "test").unwrap()
    }

    #[test]
    fn a_sealed_segment_opens_with_its_passphrase_only() {
        let sealed = pass("correct horse").seal(b"{\"end\": 0}\n").unwrap();
        assert!(is_sealed(&sealed));
        assert!(!sealed.windows(3).any(|w| w == b"end"));
        assert_eq!(pass("correct horse").open(&sealed).unwrap().unwrap(), b"{\"end\": 0}\n");
        assert_eq!(pass("wrong horse").open(&sealed).unwrap(), None);
    }

    #[test]
    fn a_truncated_sealed_file_is_an_error_not_a_wrong_passphrase() {
        let sealed = pass("p").seal(&[b'x'; 10_000]).unwrap();
        assert!(pass("p").open(&sealed[..sealed.len() / 2]).is_err());
    }

    #[test]
    fn the_check_file_proves_the_passphrase() {
        let check = pass("p").check_file().unwrap();
        assert!(pass("p").opens_check(&check));
        assert!(!pass("q").opens_check(&check));
        assert!(!pass("p").opens_check(&pass("p").seal(b"other").unwrap()));
    }

    #[test]
    fn an_empty_passphrase_is_refused_naming_its_source() {
        let e = Passphrase::new(String::new(), "COP_SYNC_PASSPHRASE").err().unwrap();
        assert!(e.to_string().contains("COP_SYNC_PASSPHRASE"));
    }
}
