//! Text helpers shared by several stages: the atoms that the money and date rules
//! read, and the small string-keyed maps and sets they look words up in.

pub mod atoms;
