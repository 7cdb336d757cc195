//! Links the `cop` executable at a fixed address (not position-independent).
//!
//! A position-independent executable has its pointer tables (about 35,000 of them:
//! SQLite's, time zone names, vtables) patched by the loader on every start, which
//! writes to some 270 pages before `main`: a third of the time `cop members list` takes
//! on an empty database. Linked at a fixed address they are filled in by the linker, and
//! the pages are only read when used. Shared libraries, the stack and the heap are still
//! placed at random; only the executable's own code and data are not.
//!
//! Measured on an empty database: 598 page faults and 2.8 ms of CPU position-independent,
//! 341 and 2.05 ms at a fixed address (`sqlite3 DB 'select 1'`: 152 and 1.15 ms). Packed
//! relocations (`-z pack-relative-relocs`) shrink the table but still write every page
//! (601 faults), so they are no substitute. Delete this file to get a PIE back.
fn main() {
    if std::env::var("CARGO_CFG_TARGET_OS").as_deref() == Ok("linux") {
        println!("cargo:rustc-link-arg-bins=-no-pie");
    }
}
