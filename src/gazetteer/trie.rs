//! A trie over token keys: each edge is labelled with one interned key.
//!
//! Keys are interned once in a [`Lexicon`], which may be shared by several tries and
//! word lists: a sentence's token is looked up once, and that one id walks every trie
//! (one hash probe on two integers per edge) and answers every word-list question
//! through the lexicon's flag bits.

use foldhash::{HashMap, HashMapExt};

/// A node id; the root is [`ROOT`].
pub type Node = u32;

/// The root node of every trie.
pub const ROOT: Node = 0;

/// Interned keys, each with a set of flag bits (what the key is: the first word of
/// a name, a cue word, ...). The meaning of the bits is up to the caller.
#[derive(Debug, Default)]
pub struct Lexicon {
    ids: HashMap<Box<str>, u32>,
    flags: Vec<u32>,
}

impl Lexicon {
    /// The id of `key`, interning it (with no flags) when new.
    pub fn intern(&mut self, key: &str) -> u32 {
        if let Some(&id) = self.ids.get(key) {
            return id;
        }
        let id = self.flags.len() as u32;
        self.ids.insert(key.into(), id);
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
        self.ids.get(key).copied()
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
    }
}
