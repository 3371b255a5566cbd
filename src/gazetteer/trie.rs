//! A trie over token keys: each edge is labelled with one normalized token.
//!
//! Keys are interned once, so that walking one edge costs one hash lookup for the
//! key and one for the edge, whatever the number of names stored. A caller that walks
//! the same token many times (every name start of a sentence) looks its key up once
//! with [`TokenTrie::key`] and then walks with [`TokenTrie::step_key`].

use foldhash::{HashMap, HashMapExt};

/// A node id; the root is [`ROOT`].
pub type Node = u32;

/// The root node of every trie.
pub const ROOT: Node = 0;

/// A token trie whose terminal nodes carry payload ids (alias indices).
#[derive(Debug)]
pub struct TokenTrie {
    keys: HashMap<String, u32>,
    edges: HashMap<(Node, u32), Node>,
    /// Payloads of each node (index = node id).
    terminals: Vec<Vec<u32>>,
}

impl Default for TokenTrie {
    fn default() -> Self {
        TokenTrie::new()
    }
}

impl TokenTrie {
    /// An empty trie with just a root.
    pub fn new() -> TokenTrie {
        TokenTrie { keys: HashMap::new(), edges: HashMap::new(), terminals: vec![Vec::new()] }
    }

    /// Adds the key sequence `path` with `payload` at its end (once per payload).
    pub fn insert<S: AsRef<str>>(&mut self, path: &[S], payload: u32) {
        let mut node = ROOT;
        for key in path {
            let key = key.as_ref();
            let next_key = self.keys.len() as u32;
            let k = *self.keys.entry(key.to_string()).or_insert(next_key);
            let next_node = self.terminals.len() as Node;
            node = match self.edges.get(&(node, k)) {
                Some(&n) => n,
                None => {
                    self.edges.insert((node, k), next_node);
                    self.terminals.push(Vec::new());
                    next_node
                }
            };
        }
        let t = &mut self.terminals[node as usize];
        if !t.contains(&payload) {
            t.push(payload);
        }
    }

    /// The node reached from `node` over `key`, if any.
    pub fn step(&self, node: Node, key: &str) -> Option<Node> {
        self.step_key(node, self.key(key)?)
    }

    /// The interned id of `key`, or `None` when no stored path uses it (then no
    /// step over it can succeed).
    pub fn key(&self, key: &str) -> Option<u32> {
        self.keys.get(key).copied()
    }

    /// The node reached from `node` over the key with id `key` (from [`TokenTrie::key`]).
    pub fn step_key(&self, node: Node, key: u32) -> Option<Node> {
        self.edges.get(&(node, key)).copied()
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
        let mut t = TokenTrie::new();
        t.insert(&["google"], 0);
        t.insert(&["google", "deepmind"], 1);
        let g = t.step(ROOT, "google").unwrap();
        assert_eq!(t.terminals(g), &[0]);
        let d = t.step(g, "deepmind").unwrap();
        assert_eq!(t.terminals(d), &[1]);
        assert!(t.step(ROOT, "deepmind").is_none());
    }
}
