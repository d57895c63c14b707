//! The WebAssembly exports the page's worker calls (`scripts/web/worker.js`):
//! plain functions over linear memory, no bindings generator. The worker
//! allocates buffers with `resdiff_alloc`, writes the request and both
//! files into them, calls `resdiff_compare`, and reads the JSON answer
//! (a [`PageOutcome`]) of the returned length at `resdiff_output`.

use std::cell::RefCell;

use super::{compare_files, PageOutcome, PageRequest};
use crate::lang::page::page_words;

thread_local! {
    /// The last answer, kept until the next call so the worker can copy it.
    static OUTPUT: RefCell<Vec<u8>> = const { RefCell::new(Vec::new()) };
    /// The last comparison's Word redline.
    static DOCX: RefCell<Vec<u8>> = const { RefCell::new(Vec::new()) };
}

/// A buffer of `len` bytes for the worker to fill.
#[no_mangle]
pub extern "C" fn resdiff_alloc(len: usize) -> *mut u8 {
    let mut buffer = Vec::<u8>::with_capacity(len);
    let ptr = buffer.as_mut_ptr();
    std::mem::forget(buffer);
    ptr
}

/// Gives back a buffer from [`resdiff_alloc`].
///
/// # Safety
/// `ptr` and `len` must be those of one `resdiff_alloc` call, freed once.
#[no_mangle]
pub unsafe extern "C" fn resdiff_free(ptr: *mut u8, len: usize) {
    drop(Vec::from_raw_parts(ptr, 0, len));
}

/// Compares the two files; the answer's length is returned, its bytes are
/// at [`resdiff_output`].
///
/// # Safety
/// Each pointer must address the given number of initialised bytes.
#[no_mangle]
pub unsafe extern "C" fn resdiff_compare(
    request: *const u8,
    request_len: usize,
    old: *const u8,
    old_len: usize,
    new: *const u8,
    new_len: usize,
) -> usize {
    let bytes = |ptr: *const u8, len: usize| -> &[u8] {
        if len == 0 {
            &[]
        } else {
            std::slice::from_raw_parts(ptr, len)
        }
    };
    let mut outcome = match serde_json::from_slice::<PageRequest>(bytes(request, request_len)) {
        Ok(r) => compare_files(&r, bytes(old, old_len), bytes(new, new_len)),
        Err(e) => PageOutcome::trouble("en", format!("bad request from the page: {e}")),
    };
    let docx = std::mem::take(&mut outcome.docx);
    DOCX.with(|d| *d.borrow_mut() = docx);
    answer(serde_json::to_vec(&outcome).unwrap_or_default())
}

/// The page's words in the language `code` (UTF-8), as JSON at
/// [`resdiff_output`].
///
/// # Safety
/// `code` must address `len` initialised bytes.
#[no_mangle]
pub unsafe extern "C" fn resdiff_words(code: *const u8, len: usize) -> usize {
    let code = if len == 0 {
        ""
    } else {
        std::str::from_utf8(std::slice::from_raw_parts(code, len)).unwrap_or("")
    };
    answer(serde_json::to_vec(page_words(code)).unwrap_or_default())
}

/// Where the last comparison's Word redline is.
#[no_mangle]
pub extern "C" fn resdiff_docx() -> *const u8 {
    DOCX.with(|d| d.borrow().as_ptr())
}

/// How long the last comparison's Word redline is (0 after trouble).
#[no_mangle]
pub extern "C" fn resdiff_docx_len() -> usize {
    DOCX.with(|d| d.borrow().len())
}

/// Where the last answer's bytes are.
#[no_mangle]
pub extern "C" fn resdiff_output() -> *const u8 {
    OUTPUT.with(|o| o.borrow().as_ptr())
}

fn answer(bytes: Vec<u8>) -> usize {
    let len = bytes.len();
    OUTPUT.with(|o| *o.borrow_mut() = bytes);
    len
}
