//! Work spread over a few threads: each thread takes the next item as it finishes one (items
//! differ in size), and the results come back in the order of the items.

use std::sync::atomic::{AtomicUsize, Ordering};

/// The threads worth starting for `items` items when each thread should have at least
/// `per_thread` of them, and no more than `cap` threads or the machine's cores.
pub(crate) fn threads(items: usize, per_thread: usize, cap: usize) -> usize {
    std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .min(cap)
        .min(items / per_thread.max(1))
        .max(1)
}

/// `f` of each item, on `threads` threads (on this one when it is 1), in the items' order.
/// A panic on a worker is raised again here.
pub(crate) fn map<T: Sync, R: Send>(
    items: &[T],
    threads: usize,
    f: impl Fn(&T) -> R + Sync,
) -> Vec<R> {
    if threads <= 1 || items.len() <= 1 {
        return items.iter().map(f).collect();
    }
    let next = AtomicUsize::new(0);
    let mut results: Vec<Option<R>> = items.iter().map(|_| None).collect();
    std::thread::scope(|scope| {
        let workers: Vec<_> = (0..threads.min(items.len()))
            .map(|_| {
                scope.spawn(|| {
                    let mut done = Vec::new();
                    loop {
                        let i = next.fetch_add(1, Ordering::Relaxed);
                        let Some(item) = items.get(i) else { break };
                        done.push((i, f(item)));
                    }
                    done
                })
            })
            .collect();
        for worker in workers {
            match worker.join() {
                Ok(done) => {
                    for (i, result) in done {
                        results[i] = Some(result);
                    }
                }
                Err(panic) => std::panic::resume_unwind(panic),
            }
        }
    });
    results.into_iter().flatten().collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn results_come_back_in_the_order_of_the_items() {
        let items: Vec<u64> = (0..500).collect();
        let squares = map(&items, 4, |n| n * n);
        assert_eq!(squares, items.iter().map(|n| n * n).collect::<Vec<_>>());
        assert_eq!(map(&items[..1], 4, |n| n + 1), [1]);
        assert_eq!(map(&[] as &[u64], 4, |n| n + 1), Vec::<u64>::new());
    }

    #[test]
    fn there_is_always_one_thread_and_never_more_than_the_cap() {
        assert_eq!(threads(0, 64, 4), 1);
        assert!(threads(10_000, 1, 2) <= 2);
    }
}
