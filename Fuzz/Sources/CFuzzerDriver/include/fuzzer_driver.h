#ifndef KEFU_FUZZER_DRIVER_H
#define KEFU_FUZZER_DRIVER_H

#include <stddef.h>
#include <stdint.h>

/// libFuzzer's entry for programs that have their own `main` (SwiftPM gives every executable one):
/// parses libFuzzer's flags from argv and calls `callback` once per input.
int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));

#endif
