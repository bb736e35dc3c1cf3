//! Examples and integration tests for status-core; nothing to use here.
