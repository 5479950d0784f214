//! The site's area modules' memory allocator (README「性能」), in place of
//! the standard library's dlmalloc (~8 KB of every module, ~3 KB gzip):
//! blocks of a power of two bytes (16 B and up), each size with its own list
//! of freed blocks, new ones carved one after the other from the end of the
//! used memory, which grows as needed. `src/wasm.rs` installs it over the
//! module's memory; the host tests run it over a plain buffer.
//!
//! A calculation's memory is mostly short-lived and freed in about the
//! order it was taken, and its large buffers (the response's text, long
//! lists) grow by doubling. So the last block carved grows and shrinks in
//! place, and a freed last block is given back to the end at once: a
//! buffer that doubles is never copied while it is the last block, and
//! memory freed from the top is carved again in order. Other freed blocks
//! wait in their size's list. Without that, 1,000 users took 1.6× dlmalloc's
//! time, their response's text copied at every doubling.
//!
//! A calculation's memory lives and dies with it. So each call of the module
//! starts an epoch ([`Heap::epoch`]): when every block carved since the
//! last one has been given back, new blocks are carved again from where the
//! epoch began, in order, instead of from freed blocks scattered over the
//! whole memory (one cache miss for each; dlmalloc merges them); the freed
//! blocks of an epoch wait in lists of their own. When some block of the
//! last epoch is still in use, its freed blocks join the older lists and
//! the new epoch begins at the end.
//!
//! Addresses are plain numbers; free blocks hold the address of the next
//! free block of their size in their first word. All blocks are aligned to
//! 16 bytes; a layout asking for more gets a block carved at its alignment
//! (a freed block is reused for it only when it happens to be aligned so).

/// What the allocator grows into: WebAssembly's memory, or a test's buffer.
pub trait Memory {
    /// Adds `pages` pages of [`PAGE`] bytes; the address where they start.
    fn grow(&mut self, pages: usize) -> Option<usize>;
}

/// WebAssembly's page, the unit memory grows by.
pub const PAGE: usize = 65_536;
/// The least a growth asks for, in pages (so that a buffer doubling from
/// small sizes does not grow the memory at every step).
const MIN_GROWTH: usize = 16;
/// Every block's alignment and least size.
const ALIGN: usize = 16;

pub struct Heap<M> {
    /// The first freed block of each size (2^k bytes) below `mark`, 0 when none.
    free: [usize; usize::BITS as usize],
    /// The same for freed blocks of this epoch (at `mark` or above).
    fresh: [usize; usize::BITS as usize],
    /// Where this epoch began; blocks of this epoch in use.
    mark: usize,
    live: usize,
    /// Where the next new block may start (never below `mark`), and the end of our memory.
    next: usize,
    end: usize,
    memory: M,
}

/// The block size (as k of 2^k) for a size: at least 16 bytes, rounded up
/// to a power of two; `None` for sizes no memory holds.
fn class(size: usize) -> Option<usize> {
    let size = size.max(ALIGN).checked_next_power_of_two()?;
    Some(size.trailing_zeros() as usize)
}

impl<M: Memory> Heap<M> {
    pub const fn new(memory: M) -> Self {
        Heap {
            free: [0; usize::BITS as usize],
            fresh: [0; usize::BITS as usize],
            mark: 0,
            live: 0,
            next: 0,
            end: 0,
            memory,
        }
    }

    /// Begins an epoch (a call of the module): back to where the last one
    /// began when all its blocks were given back; otherwise from the end,
    /// its freed blocks joined to the older ones.
    pub fn epoch(&mut self) {
        if self.live == 0 {
            self.next = self.mark;
            self.fresh = [0; usize::BITS as usize];
            return;
        }
        self.join_fresh();
        (self.mark, self.live) = (self.next, 0);
    }

    /// This epoch's freed blocks put in the older lists.
    fn join_fresh(&mut self) {
        for k in 0..self.fresh.len() {
            let head = std::mem::take(&mut self.fresh[k]);
            if head != 0 {
                let mut tail = head;
                // SAFETY: a freed block of ours holds the next one's address.
                unsafe {
                    while *(tail as *const usize) != 0 {
                        tail = *(tail as *const usize);
                    }
                    *(tail as *mut usize) = self.free[k];
                }
                self.free[k] = head;
            }
        }
    }

    /// The first block of size 2^k in `list` aligned to `align`, taken out.
    fn take(list: &mut usize, align: usize) -> Option<usize> {
        match *list {
            head if head != 0 && head % align == 0 => {
                // SAFETY: a freed block of ours holds the next one's address.
                *list = unsafe { *(head as *const usize) };
                Some(head)
            }
            _ => None,
        }
    }

    /// Makes our memory reach `end`, growing it when needed: `Some(true)`
    /// when it does; `Some(false)` when what was added does not follow our
    /// end (the first growth, or memory grown by someone else): ours then
    /// goes on from where it starts; `None` when there is no more memory.
    fn grow(&mut self, end: usize) -> Option<bool> {
        if end <= self.end {
            return Some(true);
        }
        let pages = (end - self.end).div_ceil(PAGE).max(MIN_GROWTH);
        let base = self.memory.grow(pages)?;
        // At most the address space's end (4 GiB in wasm32: then 0, where
        // nothing fits, and the next growth fails).
        let new_end = base.wrapping_add(pages * PAGE);
        let follows = base == self.end;
        if !follows {
            // A new epoch begins there (never carved back across the gap).
            self.join_fresh();
            (self.mark, self.live, self.next) = (base, 0, base);
        }
        self.end = new_end;
        Some(follows)
    }

    /// A new block of 2^k bytes after the last one, aligned to `align`.
    fn carve(&mut self, k: usize, align: usize) -> Option<usize> {
        // At most: a growth elsewhere, then one that follows it.
        for _ in 0..3 {
            let start = self.next.checked_add(align - 1)? & !(align - 1);
            let end = start.checked_add(1 << k)?;
            if end <= self.end {
                self.next = end;
                return Some(start);
            }
            self.grow(end)?;
        }
        None
    }

    /// A block of at least `size` bytes aligned to `align` (a power of two,
    /// a page at most); `None` when there is no memory for it.
    pub fn alloc(&mut self, size: usize, align: usize) -> Option<usize> {
        let k = class(size.max(align)).filter(|_| align <= PAGE)?;
        let align = align.max(ALIGN);
        if let Some(p) = Self::take(&mut self.free[k], align) {
            return Some(p);
        }
        let p = Self::take(&mut self.fresh[k], align).or_else(|| self.carve(k, align))?;
        self.live += 1;
        Some(p)
    }

    /// Gives back a block [`alloc`](Self::alloc) or
    /// [`realloc`](Self::realloc) handed out for `size` and `align`.
    ///
    /// # Safety
    /// `ptr` was handed out by this heap for this size and alignment, and is
    /// not used again.
    pub unsafe fn dealloc(&mut self, ptr: usize, size: usize, align: usize) {
        let Some(k) = class(size.max(align)) else {
            return;
        };
        if ptr < self.mark {
            *(ptr as *mut usize) = self.free[k];
            self.free[k] = ptr;
            return;
        }
        self.live -= 1;
        if ptr + (1 << k) == self.next {
            self.next = ptr;
        } else {
            *(ptr as *mut usize) = self.fresh[k];
            self.fresh[k] = ptr;
        }
    }

    /// The block at `ptr` (handed out for `size` and `align`) made to hold
    /// `new_size` bytes, its contents kept: in place when it is the same
    /// size, or the last block; otherwise moved. `None` when there is no
    /// memory (the block is then left as it was).
    ///
    /// # Safety
    /// As for [`dealloc`](Self::dealloc); on success `ptr` is not used again
    /// (but through the address returned).
    pub unsafe fn realloc(&mut self, ptr: usize, size: usize, align: usize, new_size: usize) -> Option<usize> {
        let (k, new_k) = (class(size.max(align))?, class(new_size.max(align))?);
        if new_k == k {
            return Some(ptr);
        }
        if ptr + (1 << k) == self.next && ptr >= self.mark {
            let end = ptr.checked_add(1 << new_k)?;
            if new_k < k || self.grow(end) == Some(true) {
                self.next = end;
                return Some(ptr);
            }
        }
        let p = self.alloc(new_size, align)?;
        std::ptr::copy_nonoverlapping(ptr as *const u8, p as *mut u8, size.min(new_size));
        self.dealloc(ptr, size, align);
        Some(p)
    }
}

#[cfg(test)]
mod tests {
    use super::{Heap, Memory, PAGE};

    /// A test's memory: a buffer whose pages are handed out in order, after
    /// `gap` pages skipped at the next growth (memory grown by someone else).
    struct Buffer {
        buf: Vec<u128>,
        used: usize,
        gap: usize,
    }

    impl Memory for Buffer {
        fn grow(&mut self, pages: usize) -> Option<usize> {
            let start = self.used + std::mem::take(&mut self.gap);
            if (start + pages) * PAGE > self.buf.len() * 16 {
                return None;
            }
            self.used = start + pages;
            Some(self.buf.as_ptr() as usize + start * PAGE)
        }
    }

    fn heap(pages: usize) -> Heap<Buffer> {
        Heap::new(Buffer { buf: vec![0; pages * PAGE / 16], used: 0, gap: 0 })
    }

    fn fill(p: usize, len: usize, tag: u8) {
        unsafe { std::ptr::write_bytes(p as *mut u8, tag, len) }
    }

    fn holds(p: usize, len: usize, tag: u8) -> bool {
        unsafe { std::slice::from_raw_parts(p as *const u8, len).iter().all(|&b| b == tag) }
    }

    #[test]
    fn the_last_block_grows_and_shrinks_in_place() {
        let mut h = heap(64);
        let a = h.alloc(24, 8).unwrap();
        let mut p = h.alloc(16, 1).unwrap();
        assert_eq!(p, a + 32, "carved one after the other, 16-byte aligned");
        fill(p, 16, 7);
        let mut old = 16;
        for size in [32, 64, 1000, 100_000, 2_000_000] {
            p = unsafe { h.realloc(p, old, 1, size) }.unwrap();
            old = size;
            assert_eq!(p, a + 32, "a doubling buffer is never moved while it is the last block");
            assert!(holds(p, 16, 7));
        }
        p = unsafe { h.realloc(p, 2_000_000, 1, 100) }.unwrap();
        assert_eq!(p, a + 32);
        assert_eq!(h.next, p + 128, "shrunk in place: its tail is carved again");
        unsafe { h.dealloc(p, 100, 1) };
        assert_eq!(h.alloc(500, 4), Some(a + 32), "a freed last block goes back to the end");
    }

    #[test]
    fn a_block_that_is_not_the_last_moves_and_its_place_is_reused() {
        let mut h = heap(64);
        let a = h.alloc(40, 8).unwrap();
        fill(a, 40, 3);
        let b = h.alloc(16, 8).unwrap();
        let moved = unsafe { h.realloc(a, 40, 8, 200) }.unwrap();
        assert!(moved > b && holds(moved, 40, 3), "moved after b, its contents kept");
        assert_eq!(h.alloc(33, 8), Some(a), "a's old block, reused for the same size");
        assert_eq!(unsafe { h.realloc(b, 16, 8, 10) }, Some(b), "same size: in place");
    }

    #[test]
    fn alignment_is_kept() {
        let mut h = heap(64);
        let _ = h.alloc(16, 1).unwrap();
        for align in [1, 2, 8, 16, 32, 256, 4096, PAGE] {
            let p = h.alloc(24, align).unwrap();
            assert_eq!(p % align.max(16), 0, "align {align}");
            let after = h.alloc(8, 1).unwrap();
            unsafe { h.dealloc(p, 24, align) };
            assert_eq!(h.alloc(24, align), Some(p), "its freed block reused for align {align}");
            unsafe { h.dealloc(after, 8, 1) };
        }
        assert_eq!(h.alloc(16, PAGE * 2), None, "beyond a page: refused");
    }

    #[test]
    fn no_memory_is_answered_and_the_heap_goes_on() {
        let mut h = heap(32);
        let a = h.alloc(100, 8).unwrap();
        assert_eq!(h.alloc(3 * 1024 * 1024, 8), None);
        let p = unsafe { h.realloc(a, 100, 8, 3 * 1024 * 1024) };
        assert_eq!(p, None, "cannot grow: the block is left as it was");
        assert_eq!(h.alloc(usize::MAX / 2, 8), None);
        assert!(h.alloc(1000, 8).is_some());
        unsafe { h.dealloc(a, 100, 8) };
    }

    #[test]
    fn memory_grown_by_someone_else_is_stepped_over() {
        let mut h = heap(128);
        let a = h.alloc(PAGE * 15, 8).unwrap();
        h.memory.gap = 3;
        let b = h.alloc(PAGE * 2, 8).unwrap();
        assert!(b >= a + 19 * PAGE, "after the foreign pages");
        let grown = unsafe { h.realloc(a, PAGE * 15, 8, PAGE * 40) }.unwrap();
        assert!(grown > b, "not the last block: moved");
    }

    #[test]
    fn an_epoch_whose_blocks_were_all_given_back_is_carved_again() {
        let mut h = heap(64);
        let kept = h.alloc(100, 8).unwrap();
        h.epoch();
        let first = h.alloc(48, 8).unwrap();
        let blocks: Vec<usize> = (0..100).map(|i| h.alloc(16 + i * 8, 8).unwrap()).collect();
        let mut big = h.alloc(10, 1).unwrap();
        big = unsafe { h.realloc(big, 10, 1, 50_000) }.unwrap();
        for (i, &p) in blocks.iter().enumerate().rev().step_by(2).chain(blocks.iter().enumerate().step_by(2)) {
            unsafe { h.dealloc(p, 16 + i * 8, 8) };
        }
        unsafe { h.dealloc(first, 48, 8) };
        unsafe { h.dealloc(big, 50_000, 1) };
        h.epoch();
        assert_eq!(h.alloc(48, 8), Some(first), "carved again from the epoch's start");
        assert!(h.free.iter().all(|&f| f == 0) && h.fresh.iter().all(|&f| f == 0));
        unsafe { h.dealloc(kept, 100, 8) };
        assert_eq!(h.free[7], kept, "a block of before the epoch goes to the older lists");
    }

    #[test]
    fn an_epoch_with_a_block_still_in_use_begins_at_the_end() {
        let mut h = heap(64);
        h.epoch();
        let a = h.alloc(64, 8).unwrap();
        let b = h.alloc(64, 8).unwrap();
        let c = h.alloc(64, 8).unwrap();
        unsafe { h.dealloc(a, 64, 8) };
        h.epoch();
        assert_eq!(h.alloc(64, 8), Some(a), "its freed blocks are reused");
        let d = h.alloc(16, 8).unwrap();
        assert!(d > c, "new blocks after the blocks in use");
        unsafe { h.dealloc(d, 16, 8) };
        h.epoch();
        assert_eq!(h.alloc(16, 8), Some(d), "the next epoch, all given back, starts where this one did");
        unsafe { (h.dealloc(b, 64, 8), h.dealloc(c, 64, 8)) };
    }

    /// Many blocks taken, grown, shrunk and given back in a scrambled order:
    /// none overlaps another, each keeps its contents.
    #[test]
    fn blocks_never_overlap_and_keep_their_contents() {
        let mut h = heap(1024);
        let mut live: Vec<(usize, usize, usize, u8)> = Vec::new();
        let mut seed = 12_345u64;
        let mut next = move |n: usize| {
            seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
            (seed >> 33) as usize % n
        };
        for step in 0..20_000 {
            let tag = (step % 251) as u8;
            if step % 500 == 0 {
                h.epoch();
            }
            if step % 5_000 == 4_999 {
                for (p, size, align, old) in live.drain(..) {
                    assert!(holds(p, size, old));
                    unsafe { h.dealloc(p, size, align) };
                }
            }
            match next(5) {
                0 | 1 => {
                    let big = next(50) == 0;
                    let (size, align) = (1 + next(if big { 200_000 } else { 300 }), 1 << next(6));
                    let p = h.alloc(size, align).unwrap();
                    assert_eq!(p % align, 0);
                    fill(p, size, tag);
                    live.push((p, size, align, tag));
                }
                2 | 3 if !live.is_empty() => {
                    let (p, size, align, old) = live.swap_remove(next(live.len()));
                    assert!(holds(p, size, old));
                    unsafe { h.dealloc(p, size, align) };
                }
                _ if !live.is_empty() => {
                    let i = next(live.len());
                    let (p, size, align, old) = live[i];
                    let new_size = 1 + next((size * 3).min(400_000));
                    let q = unsafe { h.realloc(p, size, align, new_size) }.unwrap();
                    assert!(holds(q, size.min(new_size), old));
                    fill(q, new_size, tag);
                    live[i] = (q, new_size, align, tag);
                }
                _ => {}
            }
        }
        live.sort();
        for w in live.windows(2) {
            assert!(w[0].0 + w[0].1 <= w[1].0, "overlap");
        }
        for &(p, size, _, tag) in &live {
            assert!(holds(p, size, tag));
        }
    }
}
