//! The baseline: reads a number and prints it, with no status library.
fn main() {
    let n = status_size::number();
    println!("{n} {}", std::hint::black_box(""));
}
