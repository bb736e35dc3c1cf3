//! Registries whose names would collide with generated items if the
//! generator were careless, registries in unusual places, and code generic
//! over registries.

/// Two registries in one module, one of them an enum named `Vendor`, and
/// reason phrases `Error` and `Err`, which are also the names of the
/// associated types of `TryFrom` and `FromStr`.
mod shared_module {
    /// The first registry.
    #[status_core::registry("tests/data/hygiene.csv")]
    pub enum AppStatus {}

    /// The second, named like the first one's companion types would be if
    /// they were not prefixed.
    #[status_core::registry("tests/data/hygiene.csv", lang = Language)]
    pub enum Vendor {}
}

/// Enums named like the primitives the generated code uses: it names them
/// as `::core::primitive::u16` and the like, so a user's type cannot
/// shadow them.
#[allow(non_camel_case_types)]
mod primitives {
    #[status_core::registry("tests/data/hygiene.csv")]
    pub enum u16 {}

    #[status_core::registry("tests/data/hygiene.csv")]
    pub enum str {}

    #[status_core::registry("tests/data/hygiene.csv")]
    pub enum bool {}
}

#[test]
fn enums_named_like_primitives_work() {
    assert_eq!(primitives::u16::Ok.code(), 200);
    assert_eq!(primitives::str::from_u16(500), Some(primitives::str::Err));
    assert_eq!(primitives::bool::Error.to_string(), "400 Error");
    assert_eq!(
        primitives::u16::from_name("err"),
        Some(primitives::u16::Err)
    );
}

/// The generated code names nothing from the prelude.
#[no_implicit_prelude]
mod bare {
    #[::status_core::registry("tests/data/hygiene.csv")]
    pub enum Bare {}
}

/// A crate that re-exports status-core points the generated code at it.
mod reexport {
    pub use status_core as runtime;

    #[status_core::registry("tests/data/hygiene.csv", crate = crate::reexport::runtime)]
    pub enum Through {}
}

/// status-macros works on its own next to status-core.
mod direct {
    #[status_macros::registry("tests/data/hygiene.csv")]
    pub enum Direct {}
}

/// A `#[cfg]` after the attribute is evaluated before the macro runs: with
/// a false one nothing is generated, so nothing is left behind to fail;
/// with a true one everything is there.
mod gated {
    #[status_core::registry("tests/data/hygiene.csv")]
    #[cfg(not(test))]
    pub enum Never {}

    #[status_core::registry("tests/data/hygiene.csv")]
    #[cfg(test)]
    pub enum Always {}
}

/// A raw identifier names the enum; `Debug` shows the name without `r#`.
mod raw {
    #[status_core::registry("tests/data/hygiene.csv")]
    pub enum r#Raw {}
}

#[test]
fn a_raw_enum_name_debugs_without_its_prefix() {
    let odd = raw::Raw::from_u16(299).unwrap();
    assert_eq!(format!("{odd:?}"), "Raw(299)");
    assert_eq!(format!("{:?}", raw::RawVendor::Standard), "Standard");
}

#[test]
fn a_cfg_on_the_enum_gates_everything_generated() {
    assert_eq!(
        gated::Always::Ok.vendor(),
        Some(gated::AlwaysVendor::Standard)
    );
    assert_eq!(gated::AlwaysLang::ALL[0], gated::AlwaysLang::En);
}

use shared_module::{AppStatus, AppStatusVendor, Language, Vendor, VendorVendor};
use status_core::{Status, StatusClass, StatusCode};

#[test]
fn two_registries_share_a_module() {
    assert_eq!(AppStatus::Ok.code(), 200);
    assert_eq!(Vendor::Ok.code(), 200);
    assert_eq!(AppStatus::Ok.vendor(), Some(AppStatusVendor::Standard));
    assert_eq!(Vendor::Ok.vendor(), Some(VendorVendor::Standard));
    assert_eq!(Language::ALL[0], Language::En);
}

#[test]
fn error_and_err_are_plain_variants() {
    assert_eq!(AppStatus::Error.code(), 400);
    assert_eq!(AppStatus::Err.code(), 500);
    assert_eq!(AppStatus::try_from(400u16), Ok(AppStatus::Error));
    assert_eq!("500".parse(), Ok(AppStatus::Err));
    assert_eq!(AppStatus::Error.to_string(), "400 Error");
}

#[test]
fn works_without_the_prelude_and_through_a_reexport() {
    assert_eq!(bare::Bare::Ok.reason(), Some("OK"));
    assert_eq!(reexport::Through::Err.reason(), Some("Err"));
    assert_eq!(direct::Direct::Error.reason(), Some("Error"));
    assert_eq!(bare::Bare::ALL.len(), AppStatus::ALL.len());
}

#[test]
fn vendor_rows_follow_their_feature() {
    let status = AppStatus::from_u16(499).unwrap();
    assert_eq!(status.is_registered(), cfg!(feature = "nginx"));
}

/// Code written once for any registry.
fn describe<S: Status>(code: u16) -> String {
    match S::from_u16(code) {
        Some(status) if status.is_registered() => {
            format!(
                "{status} ({}, {})",
                status.class(),
                status.reason().unwrap_or("")
            )
        }
        Some(status) => format!("{status} (unregistered {})", status.class()),
        None => format!("{code}: not a status"),
    }
}

fn registered<S: Status>() -> Vec<u16> {
    S::ALL.iter().map(|s| s.code()).collect()
}

#[test]
fn generic_code_serves_every_registry() {
    assert_eq!(
        describe::<StatusCode>(404),
        "404 Not Found (client error, Not Found)"
    );
    assert_eq!(
        describe::<AppStatus>(404),
        "404 (unregistered client error)"
    );
    assert_eq!(
        describe::<AppStatus>(400),
        "400 Error (client error, Error)"
    );
    assert_eq!(describe::<bare::Bare>(1000), "1000: not a status");
    assert!(registered::<AppStatus>().starts_with(&[200, 400]));
    assert_eq!(AppStatus::Ok.class(), StatusClass::Success);
    assert_eq!(Status::vendor_feature(AppStatus::Ok), None);
    assert_eq!(Status::summary(AppStatus::Ok), Some("Fine."));
}
