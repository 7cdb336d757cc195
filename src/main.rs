fn main() {
    std::process::exit(cop::main());
}
