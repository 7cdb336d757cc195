//! How a changeset is stored: compressed with zstd (level 1) and a dictionary, when that
//! makes it smaller.
//!
//! The first byte says how: `R` raw, `D` one zstd frame (which records its size) made
//! with the dictionary `dictionary/v1.dict`. The change of one small command (a member
//! added: 260 bytes) has too few repeats of its own for zstd; the dictionary, trained on
//! cop's changesets (`dictionary/train.sh`), holds what they share (table headers,
//! column layouts, timestamps), and packs it into 90. A large change packs on its own:
//! the 43 MB of a 100,000-row `members import` into 5 MB, in about 35 ms (LZ4 made
//! 10 MB in as long). The dictionary is part of the format: a new one gets a new tag.

use std::io::Read;

use zstd::zstd_safe::CParameter;

use crate::error::{Error, Result};

/// The dictionary of tag `D`: never change it, since stored changes need it to be read.
const DICTIONARY_V1: &[u8] = include_bytes!("dictionary/v1.dict");

/// No operation of cop records a change this large (a million-row import is about
/// 450 MB): a stored size above it is damage, and must not make cop take the memory.
const LARGEST: u64 = 1 << 30;

pub fn encode(changeset: &[u8]) -> Vec<u8> {
    if let Some(packed) = compress(changeset)
        && packed.len() < changeset.len()
    {
        let mut out = Vec::with_capacity(packed.len() + 1);
        out.push(b'D');
        out.extend_from_slice(&packed);
        return out;
    }
    let mut out = Vec::with_capacity(changeset.len() + 1);
    out.push(b'R');
    out.extend_from_slice(changeset);
    out
}

/// One zstd frame that records its size, without the dictionary's id or a checksum
/// (the tag says which dictionary; SQLite keeps the bytes).
fn compress(changeset: &[u8]) -> Option<Vec<u8>> {
    let mut c = zstd::bulk::Compressor::with_dictionary(1, DICTIONARY_V1).ok()?;
    c.set_parameter(CParameter::DictIdFlag(false)).ok()?;
    c.set_parameter(CParameter::ChecksumFlag(false)).ok()?;
    c.set_parameter(CParameter::ContentSizeFlag(true)).ok()?;
    c.compress(changeset).ok()
}

pub fn decode(stored: &[u8]) -> Result<Vec<u8>> {
    match stored.split_first() {
        Some((b'R', raw)) => Ok(raw.to_vec()),
        Some((b'D', frame)) => {
            let size = match zstd::zstd_safe::get_frame_content_size(frame) {
                Ok(Some(size)) if size <= LARGEST => size,
                _ => return Err(damaged("its size is missing or impossible")),
            };
            let mut out = Vec::with_capacity(usize::try_from(size).unwrap_or(0));
            zstd::stream::read::Decoder::with_dictionary(frame, DICTIONARY_V1)
                .and_then(|d| d.take(size + 1).read_to_end(&mut out))
                .map_err(|e| damaged(&e.to_string()))?;
            if out.len() as u64 != size {
                return Err(damaged("it is not the size it says"));
            }
            Ok(out)
        }
        _ => Err(damaged("it is in an unknown form")),
    }
}

fn damaged(why: &str) -> Error {
    Error::runtime(format!("a stored change of the operation log is damaged ({why}): run `cop doctor`"))
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    proptest! {
        #[test]
        fn what_is_encoded_decodes_to_itself(bytes in proptest::collection::vec(any::<u8>(), 0..4096)) {
            let stored = encode(&bytes);
            prop_assert!(stored.len() <= bytes.len() + 1);
            prop_assert_eq!(decode(&stored).unwrap(), bytes);
        }
    }

    #[test]
    fn changes_are_stored_smaller_and_damage_is_refused() {
        let big = b"member,example.org,2026-11-24T16:00:00Z;".repeat(100);
        let stored = encode(&big);
        assert!(stored.len() < big.len() / 4);
        assert_eq!(decode(&stored).unwrap(), big);
        assert!(decode(&stored[..stored.len() - 3]).is_err(), "a cut frame is refused");
        let mut garbled = stored.clone();
        let last = garbled.len() - 1;
        garbled[last / 2..].fill(0xff);
        assert!(decode(&garbled).is_err());
        assert!(decode(b"").is_err());
        assert!(decode(b"D").is_err());
        assert!(decode(b"?abc").is_err());
    }

    #[test]
    fn one_small_change_packs_well_with_the_dictionary() {
        // The change of `members add` with a need: a members row and a tag link.
        let mut cs = b"T\r\x01\0\0\0\0\0\0\0\0\0\0\0members\0\x12\0\x01\0\0\0\0\0\0\x01\xf3\x03$".to_vec();
        cs.extend_from_slice(b"3a795aaf-fd91-4cc8-a144-847e7164c634\x03\nMember 499\x03\x10m499@example.org");
        cs.extend_from_slice(
            b"\x03\x06member\x03\x06active\x03\x05North\x05\x01\0\0\0\0\0\0\0\0\x03\n2026-11-24",
        );
        cs.extend_from_slice(
            b"\x05\x03\x142026-11-24T16:00:00Z\x03\x142026-11-24T16:00:00ZT\x04\x01\x02\x03\0",
        );
        cs.extend_from_slice(
            b"member_tags\0\x12\0\x01\0\0\0\0\0\0\x01\xf3\x03\x04need\x01\0\0\0\0\0\0\0\x01",
        );
        cs.extend_from_slice(b"\x03\x142026-11-24T16:00:00Z");
        let stored = encode(&cs);
        assert!(stored.len() * 2 < cs.len(), "{} bytes stored for {}", stored.len(), cs.len());
        assert_eq!(decode(&stored).unwrap(), cs);
    }
}
