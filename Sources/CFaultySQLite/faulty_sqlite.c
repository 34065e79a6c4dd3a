#include "faulty_sqlite.h"

#include <pthread.h>
#include <sqlite3.h>
#include <stdlib.h>
#include <string.h>

// The shim: each file opened through it is a FaultyFile followed by the real VFS's own file.
typedef struct {
    sqlite3_file base;
    sqlite3_file *real;
    int watched;
} FaultyFile;

static sqlite3_vfs *realVFS;
static sqlite3_vfs faultyVFS;
static sqlite3_io_methods faultyMethods;

static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static char armedFolder[4096];
static int armedKinds;
static long armedNth;
static int armedPersistent;
static long calls;
static long failures;

// Whether this call (of `kind`, on a watched file) fails; counts it.
static int shouldFail(const FaultyFile *file, int kind) {
    if (!file->watched) return 0;
    pthread_mutex_lock(&lock);
    int fail = 0;
    if (armedKinds & kind) {
        calls += 1;
        fail = calls == armedNth || (armedPersistent && calls > armedNth);
        if (fail) failures += 1;
    }
    pthread_mutex_unlock(&lock);
    return fail;
}

static sqlite3_file *real(sqlite3_file *file) { return ((FaultyFile *)file)->real; }

static int faultyClose(sqlite3_file *file) {
    int rc = real(file)->pMethods ? real(file)->pMethods->xClose(real(file)) : SQLITE_OK;
    return rc;
}
static int faultyRead(sqlite3_file *file, void *buffer, int amount, sqlite3_int64 offset) {
    return real(file)->pMethods->xRead(real(file), buffer, amount, offset);
}
static int faultyWrite(sqlite3_file *file, const void *buffer, int amount, sqlite3_int64 offset) {
    if (shouldFail((FaultyFile *)file, KEFU_FAULT_WRITE)) return SQLITE_FULL;
    return real(file)->pMethods->xWrite(real(file), buffer, amount, offset);
}
static int faultyTruncate(sqlite3_file *file, sqlite3_int64 size) {
    return real(file)->pMethods->xTruncate(real(file), size);
}
static int faultySync(sqlite3_file *file, int flags) {
    if (shouldFail((FaultyFile *)file, KEFU_FAULT_SYNC)) return SQLITE_IOERR_FSYNC;
    return real(file)->pMethods->xSync(real(file), flags);
}
static int faultyFileSize(sqlite3_file *file, sqlite3_int64 *size) {
    return real(file)->pMethods->xFileSize(real(file), size);
}
static int faultyLock(sqlite3_file *file, int level) { return real(file)->pMethods->xLock(real(file), level); }
static int faultyUnlock(sqlite3_file *file, int level) { return real(file)->pMethods->xUnlock(real(file), level); }
static int faultyCheckReservedLock(sqlite3_file *file, int *out) {
    return real(file)->pMethods->xCheckReservedLock(real(file), out);
}
static int faultyFileControl(sqlite3_file *file, int op, void *arg) {
    return real(file)->pMethods->xFileControl(real(file), op, arg);
}
static int faultySectorSize(sqlite3_file *file) { return real(file)->pMethods->xSectorSize(real(file)); }
static int faultyDeviceCharacteristics(sqlite3_file *file) {
    return real(file)->pMethods->xDeviceCharacteristics(real(file));
}
// WAL mode needs the shared-memory methods (version 2) and may use memory mapping (version 3).
static int faultyShmMap(sqlite3_file *file, int page, int size, int extend, void volatile **out) {
    return real(file)->pMethods->xShmMap(real(file), page, size, extend, out);
}
static int faultyShmLock(sqlite3_file *file, int offset, int count, int flags) {
    return real(file)->pMethods->xShmLock(real(file), offset, count, flags);
}
static void faultyShmBarrier(sqlite3_file *file) { real(file)->pMethods->xShmBarrier(real(file)); }
static int faultyShmUnmap(sqlite3_file *file, int deleteFlag) {
    return real(file)->pMethods->xShmUnmap(real(file), deleteFlag);
}
static int faultyFetch(sqlite3_file *file, sqlite3_int64 offset, int amount, void **out) {
    return real(file)->pMethods->xFetch(real(file), offset, amount, out);
}
static int faultyUnfetch(sqlite3_file *file, sqlite3_int64 offset, void *page) {
    return real(file)->pMethods->xUnfetch(real(file), offset, page);
}

static int faultyOpen(sqlite3_vfs *vfs, const char *name, sqlite3_file *file, int flags, int *outFlags) {
    (void)vfs;
    FaultyFile *faulty = (FaultyFile *)file;
    faulty->real = (sqlite3_file *)&faulty[1];
    int rc = realVFS->xOpen(realVFS, name, faulty->real, flags, outFlags);
    if (rc != SQLITE_OK) {
        file->pMethods = NULL;
        return rc;
    }
    pthread_mutex_lock(&lock);
    faulty->watched = name != NULL && armedFolder[0] != 0 && strncmp(name, armedFolder, strlen(armedFolder)) == 0;
    pthread_mutex_unlock(&lock);
    // Only the methods the real file has: SQLite checks iVersion before calling the later ones.
    faultyMethods.iVersion = faulty->real->pMethods->iVersion;
    file->pMethods = &faultyMethods;
    return SQLITE_OK;
}

static int faultyDelete(sqlite3_vfs *vfs, const char *name, int syncDir) {
    (void)vfs;
    return realVFS->xDelete(realVFS, name, syncDir);
}
static int faultyAccess(sqlite3_vfs *vfs, const char *name, int flags, int *out) {
    (void)vfs;
    return realVFS->xAccess(realVFS, name, flags, out);
}
static int faultyFullPathname(sqlite3_vfs *vfs, const char *name, int size, char *out) {
    (void)vfs;
    return realVFS->xFullPathname(realVFS, name, size, out);
}
static void *faultyDlOpen(sqlite3_vfs *vfs, const char *name) {
    (void)vfs;
    return realVFS->xDlOpen(realVFS, name);
}
static void faultyDlError(sqlite3_vfs *vfs, int size, char *out) {
    (void)vfs;
    realVFS->xDlError(realVFS, size, out);
}
static void (*faultyDlSym(sqlite3_vfs *vfs, void *handle, const char *symbol))(void) {
    (void)vfs;
    return realVFS->xDlSym(realVFS, handle, symbol);
}
static void faultyDlClose(sqlite3_vfs *vfs, void *handle) {
    (void)vfs;
    realVFS->xDlClose(realVFS, handle);
}
static int faultyRandomness(sqlite3_vfs *vfs, int size, char *out) {
    (void)vfs;
    return realVFS->xRandomness(realVFS, size, out);
}
static int faultySleep(sqlite3_vfs *vfs, int microseconds) {
    (void)vfs;
    return realVFS->xSleep(realVFS, microseconds);
}
static int faultyCurrentTime(sqlite3_vfs *vfs, double *out) {
    (void)vfs;
    return realVFS->xCurrentTime(realVFS, out);
}
static int faultyGetLastError(sqlite3_vfs *vfs, int size, char *out) {
    (void)vfs;
    return realVFS->xGetLastError ? realVFS->xGetLastError(realVFS, size, out) : 0;
}
static int faultyCurrentTimeInt64(sqlite3_vfs *vfs, sqlite3_int64 *out) {
    (void)vfs;
    return realVFS->xCurrentTimeInt64(realVFS, out);
}

int kefu_faulty_sqlite_install(void) {
    static int installed = 0;
    pthread_mutex_lock(&lock);
    if (installed) {
        pthread_mutex_unlock(&lock);
        return SQLITE_OK;
    }
    realVFS = sqlite3_vfs_find(NULL);
    if (realVFS == NULL) {
        pthread_mutex_unlock(&lock);
        return SQLITE_ERROR;
    }
    faultyMethods = (sqlite3_io_methods){
        3, faultyClose, faultyRead, faultyWrite, faultyTruncate, faultySync, faultyFileSize, faultyLock,
        faultyUnlock, faultyCheckReservedLock, faultyFileControl, faultySectorSize, faultyDeviceCharacteristics,
        faultyShmMap, faultyShmLock, faultyShmBarrier, faultyShmUnmap, faultyFetch, faultyUnfetch,
    };
    faultyVFS = (sqlite3_vfs){
        .iVersion = 2,
        .szOsFile = (int)sizeof(FaultyFile) + realVFS->szOsFile,
        .mxPathname = realVFS->mxPathname,
        .zName = "kefu-faulty",
        .xOpen = faultyOpen,
        .xDelete = faultyDelete,
        .xAccess = faultyAccess,
        .xFullPathname = faultyFullPathname,
        .xDlOpen = faultyDlOpen,
        .xDlError = faultyDlError,
        .xDlSym = faultyDlSym,
        .xDlClose = faultyDlClose,
        .xRandomness = faultyRandomness,
        .xSleep = faultySleep,
        .xCurrentTime = faultyCurrentTime,
        .xGetLastError = faultyGetLastError,
        .xCurrentTimeInt64 = faultyCurrentTimeInt64,
    };
    int rc = sqlite3_vfs_register(&faultyVFS, 1);
    if (rc == SQLITE_OK) installed = 1;
    pthread_mutex_unlock(&lock);
    return rc;
}

void kefu_faulty_sqlite_arm(const char *folder, int kinds, long nth, int persistent) {
    pthread_mutex_lock(&lock);
    strncpy(armedFolder, folder, sizeof(armedFolder) - 1);
    armedFolder[sizeof(armedFolder) - 1] = 0;
    armedKinds = kinds;
    armedNth = nth;
    armedPersistent = persistent;
    calls = 0;
    failures = 0;
    pthread_mutex_unlock(&lock);
}

void kefu_faulty_sqlite_disarm(void) {
    pthread_mutex_lock(&lock);
    armedFolder[0] = 0;
    armedKinds = 0;
    pthread_mutex_unlock(&lock);
}

long kefu_faulty_sqlite_failures(void) {
    pthread_mutex_lock(&lock);
    long failed = failures;
    pthread_mutex_unlock(&lock);
    return failed;
}
