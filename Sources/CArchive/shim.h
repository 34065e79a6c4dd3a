#ifndef KEFU_CARCHIVE_SHIM_H
#define KEFU_CARCHIVE_SHIM_H
#include <archive.h>
#include <archive_entry.h>
#endif
