//! The zone times are shown in, chosen once per command, and moments as people read them.

/// The zone the command shows times in, set once by `commands::run`.
static ZONE: std::sync::OnceLock<chrono_tz::Tz> = std::sync::OnceLock::new();

/// Sets the zone times are shown in; the first call wins.
pub fn set_zone(zone: chrono_tz::Tz) {
    let _ = ZONE.set(zone);
}

/// The zone times are shown in: the command's, else (in unit tests) `TZ` or the machine's.
pub fn zone() -> chrono_tz::Tz {
    *ZONE.get_or_init(crate::domain::time::environment_zone)
}

/// A stored UTC moment as people read it: in [`zone`], to the minute.
pub fn local_time(t: chrono::DateTime<chrono::Utc>) -> String {
    t.with_timezone(&zone()).format("%Y-%m-%d %H:%M").to_string()
}
