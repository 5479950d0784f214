//! The engine every rule stands on: dated, cited figures and the context that
//! reads them ([`params`]), the explanation ([`trace`]), problems ([`problem`]),
//! lenient input readers ([`input`]), named rounding ([`rounding`]), service
//! months and dates ([`date`]), and the shape of a service's month in units
//! ([`units`]).

pub mod areas;
pub mod basis;
pub mod date;
pub mod decode;
pub mod holidays;
pub mod input;
pub mod keys;
pub mod limits;
pub mod map;
pub mod params;
pub mod problem;
pub mod rounding;
pub mod rows;
pub mod rules;
pub mod set_text;
pub mod sets;
pub mod trace;
pub mod units;
