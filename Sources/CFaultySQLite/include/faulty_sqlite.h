#ifndef KEFU_FAULTY_SQLITE_H
#define KEFU_FAULTY_SQLITE_H

/// A SQLite VFS for tests that fails chosen writes and syncs of the database files under one folder,
/// the way a full disk or a failing drive would. It wraps the default VFS and becomes the default,
/// so code under test opens its store as usual. Files outside the armed folder are never touched.

/// Which calls count: xWrite, xSync, or both.
enum { KEFU_FAULT_WRITE = 1, KEFU_FAULT_SYNC = 2 };

/// Registers the VFS as the default (once; later calls do nothing). Returns a SQLite result code.
int kefu_faulty_sqlite_install(void);

/// From now on, counts the calls of `kinds` on files whose path starts with `folder`, and fails
/// call number `nth` (1-based) with SQLITE_FULL for writes, SQLITE_IOERR_FSYNC for syncs; and every
/// later one too when `persistent` is non-zero.
void kefu_faulty_sqlite_arm(const char *folder, int kinds, long nth, int persistent);

/// Stops counting and failing.
void kefu_faulty_sqlite_disarm(void);

/// Calls failed since arming.
long kefu_faulty_sqlite_failures(void);

#endif
