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
/// An open-addressing table that keeps each key's hash next to its id: a look-up
/// hashes the key once, and a miss (most tokens) compares only hashes.
#[derive(Debug)]
pub struct Lexicon {
    hasher: FixedState,
    /// Per slot: the key's hash and its id + 1 (0: empty). The length is a power of
    /// two, at least twice the number of keys.
    slots: Vec<(u64, u32)>,
    keys: Vec<Box<str>>,
    flags: Vec<u32>,
}

impl Default for Lexicon {
    fn default() -> Self {
        Lexicon { hasher: FixedState::with_seed(0x5eed), slots: Vec::new(), keys: Vec::new(), flags: Vec::new() }
    }
}

impl Lexicon {
    fn hash(&self, key: &str) -> u64 {
        self.hasher.hash_one(key)
    }

    /// The slot of `key` (hash `h`): where it is, or the empty slot where it belongs.
    /// The table must not be empty.
    fn slot(&self, key: &str, h: u64) -> usize {
        let mask = self.slots.len() - 1;
        let mut i = h as usize & mask;
        loop {
            match self.slots[i] {
                (_, 0) => return i,
                (sh, id) if sh == h && self.keys.get(id as usize - 1).is_some_and(|k| **k == *key) => return i,
                _ => i = (i + 1) & mask,
            }
        }
    }

    /// The id of `key`, interning it (with no flags) when new.
    pub fn intern(&mut self, key: &str) -> u32 {
        if let Some(id) = self.get(key) {
            return id;
        }
        if (self.keys.len() + 1) * 2 > self.slots.len() {
            let size = (self.slots.len() * 2).max(64);
            self.slots = vec![(0, 0); size];
            for id in 0..self.keys.len() {
                let h = self.hash(&self.keys[id]);
                let i = self.slot(&self.keys[id], h);
                self.slots[i] = (h, id as u32 + 1);
            }
        }
        let id = self.keys.len() as u32;
        let h = self.hash(key);
        let i = self.slot(key, h);
        self.slots[i] = (h, id + 1);
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
    pub fn get(&self, key: &str) -> Option<u32> {
        if self.slots.is_empty() {
            return None;
        }
        let i = self.slot(key, self.hash(key));
        match self.slots[i] {
            (_, 0) => None,
            (_, id) => Some(id - 1),
        }
    }

    /// The flags of the key with id `id` (0 for an unknown id).
    pub fn flags(&self, id: u32) -> u32 {
        self.flags.get(id as usize).copied().unwrap_or(0)
    }

    /// The id and flags of `key`, if interned.
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
}

/// Bits of a [`PrefixFilter`] (a power of two).
const FILTER_BITS: usize = 1 << 15;

impl Default for PrefixFilter {
    fn default() -> Self {
        PrefixFilter { bits: vec![0; FILTER_BITS / 64] }
    }
}

impl PrefixFilter {
    fn bit(key: &str) -> usize {
        let b = key.as_bytes();
        let mut w = [0u8; 8];
        for (x, y) in w.iter_mut().zip(b) {
            *x = *y;
        }
        let h = (u64::from_le_bytes(w) ^ (b.len() as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15)).wrapping_mul(0xff51_afd7_ed55_8ccd);
        (h >> 49) as usize % FILTER_BITS
    }

    /// Adds `key`.
    pub fn insert(&mut self, key: &str) {
        let b = Self::bit(key);
        self.bits[b / 64] |= 1 << (b % 64);
    }

    /// Whether `key` may have been added.
    pub fn may_contain(&self, key: &str) -> bool {
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
        let mut f = PrefixFilter::default();
        f.insert("deutsch");
        f.insert("a-very-long-key");
        assert!(f.may_contain("deutsch") && f.may_contain("a-very-long-key") && !f.may_contain("telekom"));
    }
}
