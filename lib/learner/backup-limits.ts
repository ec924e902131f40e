// How large a backup file the browser reads back (backup.ts); apart, so that a page can say the
// limit, or refuse a file by its size, without loading the file's reader and its schema.
// Far above what a reader's data reaches (2,000 own texts of the page's longest, 50,000
// characters, take about 200 MB only in the worst case of all-Kazakh UTF-8; a year of daily
// reading is a few MB), and still a file a browser parses at once.
export const MAX_BACKUP_BYTES = 256 * 1024 * 1024;
export const MAX_BACKUP_TERMS = 50_000;

/** Whether a file of this many bytes is refused before reading it (File.size). */
export const backupTooLarge = (bytes: number): boolean => bytes > MAX_BACKUP_BYTES;
