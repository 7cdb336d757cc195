//! Shell completions and the man page: clap's generators over the whole command tree.

use clap_complete::Shell;

/// The completion script for `shell`, as committed in `completions/`.
pub fn script(shell: Shell) -> String {
    let mut buf = Vec::new();
    clap_complete::generate(shell, &mut super::command(), "cop", &mut buf);
    String::from_utf8_lossy(&buf).into_owned()
}

/// The man page, in roff.
pub fn man_page() -> std::io::Result<String> {
    let mut buf = Vec::new();
    clap_mangen::Man::new(super::command()).render(&mut buf)?;
    Ok(String::from_utf8_lossy(&buf).into_owned())
}
