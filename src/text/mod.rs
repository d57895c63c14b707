//! Text primitives that several stages share: the comparison keys texts are
//! compared on ([`normalize`]), the fixed line shapes of UN documents
//! ([`shapes`]: symbols, page counters, footnote starts, dates) and what one
//! line says on its own ([`lines`]: furniture, clause and sentence ends),
//! and the emphasis markup around words that is never text ([`emphasis`]);
//! what Arabic keys fold ([`arabic`]).

pub mod arabic;
pub mod emphasis;
pub mod lines;
pub mod normalize;
pub mod shapes;
