// The two services bench/build-cost/run.sh builds: the same handlers, one
// also answering with status-core's typed statuses. Each is cut out of this
// file between its marker line and `// end`.

// service-without
use axum::extract::Path;
use axum::http::StatusCode;
use axum::routing::get;
use axum::{Json, Router};
use serde::{Deserialize, Serialize};

#[derive(Serialize, Deserialize)]
struct Item {
    id: u32,
    name: String,
}

async fn item(Path(id): Path<u32>) -> Result<Json<Item>, (StatusCode, String)> {
    match id {
        1..=3 => Ok(Json(Item { id, name: format!("item {id}") })),
        _ => Err((StatusCode::NOT_FOUND, format!("no item {id}"))),
    }
}

#[tokio::main]
async fn main() {
    let app = Router::new().route("/items/{id}", get(item));
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    axum::serve(listener, app).await.unwrap();
}
// end

// service-with
use axum::extract::Path;
use axum::routing::get;
use axum::{Json, Router};
use serde::{Deserialize, Serialize};
use status_core::StatusCode;

#[derive(Serialize, Deserialize)]
struct Item {
    id: u32,
    name: String,
    status: StatusCode,
}

async fn item(Path(id): Path<u32>) -> Result<Json<Item>, (axum::http::StatusCode, String)> {
    match id {
        1..=3 => Ok(Json(Item { id, name: format!("item {id}"), status: StatusCode::Ok })),
        _ => {
            let status = StatusCode::NotFound;
            Err((status.into(), format!("{status}: no item {id}")))
        }
    }
}

#[tokio::main]
async fn main() {
    let app = Router::new().route("/items/{id}", get(item));
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    axum::serve(listener, app).await.unwrap();
}
// end
