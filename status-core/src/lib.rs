#![no_std]
#![cfg_attr(docsrs, feature(doc_cfg))]

/// An HTTP status code: one variant per meaning in the registry.
#[status_macros::registry("registry.csv")]
pub enum StatusCode {}
