/**
 * Bigger files are refused with a message: the browser holds the whole file while reading it.
 * Its own module so the page can state the limit without loading the reader.
 */
export const MAX_UPLOAD_BYTES = 512 * 1024 * 1024;
