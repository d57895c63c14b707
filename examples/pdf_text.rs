//! Prints the text the PDF reader rebuilds from a PDF, before it is
//! segmented: `cargo run --example pdf_text -- FILE.pdf`. A tool for
//! looking at what the text reader is handed.

fn main() {
    let path = std::env::args_os()
        .nth(1)
        .expect("usage: pdf_text FILE.pdf");
    match resdiff::read::read_path(std::path::Path::new(&path)) {
        Ok(source) => print!("{}", source.text),
        Err(e) => {
            eprintln!("{e}");
            std::process::exit(2);
        }
    }
}
