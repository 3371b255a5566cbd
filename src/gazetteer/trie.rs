//! A trie over token keys: each edge is labelled with one interned key.
//!
//! Keys are interned once in a [`Lexicon`], which may be shared by several tries and
//! word lists: a sentence's token is looked up once, and that one id walks every trie
//! (one hash probe on two integers per edge) and answers every word-list question
//! through the lexicon's flag bits.

use foldhash::fast::FixedState;
use foldhash::{HashMap, HashMapExt};
use std::hash::BuildHasher;

/// A node id; the root is [`ROOT`].
pub type Node = u32;

/// The root node of every trie.
pub const ROOT: Node = 0;

/// Interned keys, each with a set of flag bits (what the key is: the first word of
/// a name, a cue word, ...). The meaning of the bits is up to the caller.
///
/// An open-addressing table. A key of at most eight bytes (most words) is read as
/// one integer, which is both its hash input and its identity: looking it up costs
/// a multiplication and integer compares, without hashing or comparing bytes.
/// Longer keys keep a full hash next to their id.
#[derive(Debug)]
pub struct Lexicon {
    hasher: FixedState,
    /// The length is a power of two, at least twice the number of keys.
    slots: Vec<Slot>,
    keys: Vec<Box<str>>,
    flags: Vec<u32>,
    /// Bit `b` is set when some non-empty key starts with byte `b`: a key that starts
    /// with another byte is not looked up (punctuation, mostly).
    first: [u64; 4],
}

/// One slot of a [`Lexicon`].
#[derive(Clone, Copy, Debug, Default)]
struct Slot {
    /// The key as an integer (short keys) or its hash (long keys).
    word: u64,
    /// The key's length in bytes.
    len: u32,
    /// The key's id + 1 (0: empty).
    id: u32,
}

/// Keys up to this many bytes are read as one integer.
const SHORT: usize = 8;

/// A key of at most [`SHORT`] bytes as an integer that, with its length, tells it
/// apart from every other key of that length (the two loads of a key of four to eight
/// bytes overlap, but cover every byte).
#[inline]
fn short_word(b: &[u8]) -> u64 {
    match (b.first_chunk::<4>(), b.last_chunk::<4>()) {
        (Some(head), Some(tail)) => {
            u64::from(u32::from_le_bytes(*head)) | (u64::from(u32::from_le_bytes(*tail)) << 32)
        }
        _ => b.iter().rev().fold(0, |w, &x| (w << 8) | u64::from(x)),
    }
}

/// Mixes a short key's integer and length into a hash in which every input bit
/// moves the low bits (the table position): one wide multiplication, whose high and
/// low halves are folded together.
#[inline]
fn mix(word: u64, len: usize) -> u64 {
    let x =
        u128::from(word ^ (len as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15)) * 0xff51_afd7_ed55_8ccd;
    (x as u64) ^ ((x >> 64) as u64)
}

impl Default for Lexicon {
    fn default() -> Self {
        Lexicon {
            hasher: FixedState::with_seed(0x5eed),
            slots: Vec::new(),
            keys: Vec::new(),
            flags: Vec::new(),
            first: [0; 4],
        }
    }
}

impl Lexicon {
    /// The slot content for `key` (without id) and its table position hash.
    #[inline]
    fn probe_key(&self, key: &str) -> (u64, u64) {
        let b = key.as_bytes();
        if b.len() <= SHORT {
            let w = short_word(b);
            (w, mix(w, b.len()))
        } else {
            let h = self.hasher.hash_one(key);
            (h, h)
        }
    }

    /// The slot of `key`: where it is, or the empty slot where it belongs. The table
    /// must not be empty.
    #[inline]
    fn slot(&self, key: &str) -> usize {
        let (word, h) = self.probe_key(key);
        let len = key.len() as u32;
        let mask = self.slots.len() - 1;
        let mut i = h as usize & mask;
        loop {
            let s = self.slots[i];
            if s.id == 0 {
                return i;
            }
            if s.word == word
                && s.len == len
                && (key.len() <= SHORT
                    || self.keys.get(s.id as usize - 1).is_some_and(|k| **k == *key))
            {
                return i;
            }
            i = (i + 1) & mask;
        }
    }

    fn put(&mut self, key: &str, id: u32) {
        let i = self.slot(key);
        let word = self.probe_key(key).0;
        self.slots[i] = Slot { word, len: key.len() as u32, id: id + 1 };
    }

    /// The id of `key`, interning it (with no flags) when new.
    pub fn intern(&mut self, key: &str) -> u32 {
        if let Some(id) = self.get(key) {
            return id;
        }
        if (self.keys.len() + 1) * 2 > self.slots.len() {
            let size = (self.slots.len() * 2).max(64);
            self.slots = vec![Slot::default(); size];
            let keys = std::mem::take(&mut self.keys);
            for (id, k) in keys.iter().enumerate() {
                self.put(k, id as u32);
            }
            self.keys = keys;
        }
        let id = self.keys.len() as u32;
        self.put(key, id);
        if let Some(&b) = key.as_bytes().first() {
            self.first[usize::from(b / 64)] |= 1 << (b % 64);
        }
        self.keys.push(key.into());
        self.flags.push(0);
        id
    }

    /// Interns `key` and sets `flag` on it.
    pub fn mark(&mut self, key: &str, flag: u32) -> u32 {
        let id = self.intern(key);
        self.flags[id as usize] |= flag;
        id
    }

    /// The id of `key`, if interned.
    #[inline]
    pub fn get(&self, key: &str) -> Option<u32> {
        let b = key.as_bytes();
        if let Some(&c) = b.first() {
            if self.first[usize::from(c / 64)] & (1 << (c % 64)) == 0 {
                return None;
            }
        }
        if self.slots.is_empty() {
            return None;
        }
        if b.len() > SHORT {
            return self.get_long(key);
        }
        // A short key is its integer and length: no bytes to compare.
        let (word, len) = (short_word(b), b.len() as u32);
        let mask = self.slots.len() - 1;
        let mut i = mix(word, b.len()) as usize & mask;
        loop {
            let s = self.slots.get(i)?;
            if s.id == 0 {
                return None;
            }
            if s.word == word && s.len == len {
                return Some(s.id - 1);
            }
            i = (i + 1) & mask;
        }
    }

    /// [`Lexicon::get`] for a key longer than [`SHORT`] bytes.
    fn get_long(&self, key: &str) -> Option<u32> {
        self.slots[self.slot(key)].id.checked_sub(1)
    }

    /// The flags of the key with id `id` (0 for an unknown id).
    #[inline]
    pub fn flags(&self, id: u32) -> u32 {
        self.flags.get(id as usize).copied().unwrap_or(0)
    }

    /// The id and flags of `key`, if interned.
    #[inline]
    pub fn lookup(&self, key: &str) -> Option<(u32, u32)> {
        let id = self.get(key)?;
        Some((id, self.flags(id)))
    }
}

/// A filter over keys by their length and first eight bytes: a key that was never
/// added is usually rejected with one bit test and no hashing of the whole key (a
/// key that was added is always accepted).
#[derive(Debug, Clone)]
pub struct PrefixFilter {
    bits: Vec<u64>,
    /// Bit `b` is set when some key starts with byte `b` (tested before hashing).
    first: [u64; 4],
}

/// Bits of a [`PrefixFilter`] (a power of two).
const FILTER_BITS: usize = 1 << 15;

impl Default for PrefixFilter {
    fn default() -> Self {
        PrefixFilter { bits: vec![0; FILTER_BITS / 64], first: [0; 4] }
    }
}

impl PrefixFilter {
    fn bit(key: &str) -> usize {
        let b = key.as_bytes();
        let head = b.get(..SHORT).unwrap_or(b);
        mix(short_word(head), b.len()) as usize % FILTER_BITS
    }

    /// Adds `key`.
    pub fn insert(&mut self, key: &str) {
        let b = Self::bit(key);
        self.bits[b / 64] |= 1 << (b % 64);
        let c = key.as_bytes().first().copied().unwrap_or(0);
        self.first[usize::from(c / 64)] |= 1 << (c % 64);
    }

    /// Whether `key` may have been added.
    #[inline]
    pub fn may_contain(&self, key: &str) -> bool {
        let c = key.as_bytes().first().copied().unwrap_or(0);
        if self.first[usize::from(c / 64)] & (1 << (c % 64)) == 0 {
            return false;
        }
        let b = Self::bit(key);
        self.bits.get(b / 64).is_some_and(|w| w & (1 << (b % 64)) != 0)
    }
}

/// A token trie whose edges are key ids of a [`Lexicon`] and whose terminal nodes
/// carry payload ids (alias indices).
#[derive(Debug)]
pub struct TokenTrie {
    /// `(node << 32) | key` → child node.
    edges: HashMap<u64, Node>,
    /// Payloads of each node (index = node id).
    terminals: Vec<Vec<u32>>,
}

impl Default for TokenTrie {
    fn default() -> Self {
        TokenTrie::new()
    }
}

fn edge(node: Node, key: u32) -> u64 {
    (u64::from(node) << 32) | u64::from(key)
}

impl TokenTrie {
    /// An empty trie with just a root.
    pub fn new() -> TokenTrie {
        TokenTrie { edges: HashMap::new(), terminals: vec![Vec::new()] }
    }

    /// Adds the key sequence `path` (key ids) with `payload` at its end (once per payload).
    pub fn insert(&mut self, path: &[u32], payload: u32) {
        let mut node = ROOT;
        for &k in path {
            let next_node = self.terminals.len() as Node;
            node = *self.edges.entry(edge(node, k)).or_insert(next_node);
            if node == next_node {
                self.terminals.push(Vec::new());
            }
        }
        let t = &mut self.terminals[node as usize];
        if !t.contains(&payload) {
            t.push(payload);
        }
    }

    /// The node reached from `node` over the key with id `key`.
    pub fn step(&self, node: Node, key: u32) -> Option<Node> {
        self.edges.get(&edge(node, key)).copied()
    }

    /// The payloads that end at `node`.
    pub fn terminals(&self, node: Node) -> &[u32] {
        self.terminals.get(node as usize).map_or(&[], Vec::as_slice)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn walks_token_paths() {
        let mut lex = Lexicon::default();
        let (g, d) = (lex.intern("google"), lex.intern("deepmind"));
        let mut t = TokenTrie::new();
        t.insert(&[g], 0);
        t.insert(&[g, d], 1);
        let n = t.step(ROOT, g).unwrap();
        assert_eq!(t.terminals(n), &[0]);
        let m = t.step(n, d).unwrap();
        assert_eq!(t.terminals(m), &[1]);
        assert!(t.step(ROOT, d).is_none());
        assert_eq!(lex.mark("google", 4), g);
        assert_eq!(lex.lookup("google"), Some((g, 4)));
        assert_eq!(lex.get("apple"), None);
        // Growing keeps every key.
        let ids: Vec<u32> = (0..1000).map(|i| lex.intern(&format!("k{i}"))).collect();
        assert!((0..1000).all(|i| lex.get(&format!("k{i}")) == Some(ids[i])));
        assert_eq!(lex.get("google"), Some(g));
        // Short keys that share bytes stay apart.
        let short = [
            "",
            "a",
            "ab",
            "ba",
            "abc",
            "acb",
            "abcd",
            "abcde",
            "abcdef",
            "bcdefa",
            "abcdefgh",
            "abcdefghi",
            "abcdefghj",
        ];
        let ids: Vec<u32> = short.iter().map(|k| lex.intern(k)).collect();
        assert!(short.iter().zip(&ids).all(|(k, &id)| lex.get(k) == Some(id)));
        assert_eq!(lex.get("abcdefgg"), None);
        let mut f = PrefixFilter::default();
        f.insert("deutsch");
        f.insert("a-very-long-key");
        assert!(
            f.may_contain("deutsch")
                && f.may_contain("a-very-long-key")
                && !f.may_contain("telekom")
        );
    }
}
