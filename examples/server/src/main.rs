//! Serves the example on 127.0.0.1 (port 3000, or the first argument).
//!
//! ```text
//! cargo run -p status-server-example -- 3000
//! curl -i http://127.0.0.1:3000/status/499
//! ```

use std::net::{Ipv4Addr, SocketAddr};

#[tokio::main(flavor = "current_thread")]
async fn main() -> std::io::Result<()> {
    let port = match std::env::args().nth(1) {
        Some(arg) => arg.parse().map_err(|_| {
            std::io::Error::new(
                std::io::ErrorKind::InvalidInput,
                format!("bad port {arg:?}"),
            )
        })?,
        None => 3000,
    };
    let listener =
        tokio::net::TcpListener::bind(SocketAddr::from((Ipv4Addr::LOCALHOST, port))).await?;
    println!("listening on http://{}", listener.local_addr()?);
    axum::serve(listener, status_server_example::app()).await
}
