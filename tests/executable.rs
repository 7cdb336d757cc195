//! The executable keeps the platform's hardening (issue 12): it is position-independent,
//! so address randomisation covers its own code and data (the bundled SQLite, which
//! parses files from others, included). `.ci/run` also checks full RELRO with readelf.

/// The ELF header's `e_type` (bytes 16 and 17, little-endian on the targets cop is built
/// for) is 3, `ET_DYN`, for a position-independent executable; 2, `ET_EXEC`, is fixed.
#[cfg(target_os = "linux")]
#[test]
fn the_executable_is_position_independent() {
    let bytes = std::fs::read(env!("CARGO_BIN_EXE_cop")).expect("read the cop executable");
    assert_eq!(&bytes[..4], b"\x7fELF", "an ELF file");
    let e_type = u16::from_le_bytes([bytes[16], bytes[17]]);
    assert_eq!(e_type, 3, "ET_DYN (position-independent), not ET_EXEC (linked at a fixed address)");
}
