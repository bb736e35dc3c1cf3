//! status-core: every accessor of a status.
use status_core::{Lang, StatusCode};

fn main() {
    let n = status_size::number();
    let Some(status) = StatusCode::from_u16(n) else {
        println!("{n}");
        return;
    };
    println!("{status} {status:?} {}", status.class());
    println!("{:?} {:?}", status.summary(), status.reference());
    println!("{:?} {}", status.vendor(), status.is_registered());
    println!(
        "{} {} {}",
        status.allows_content(),
        status.is_cacheable_by_default(),
        status.is_transient()
    );
    println!(
        "{:?} {:?}",
        status.required_headers(),
        status.suggested_headers()
    );
    for lang in Lang::ALL {
        println!("{}", status.localized(*lang));
        println!("{:?}", status.summary_in(*lang));
    }
    println!("{:?}", StatusCode::meanings(n));
}
