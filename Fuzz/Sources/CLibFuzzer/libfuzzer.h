// libFuzzer's driver, linked in by `-sanitize=fuzzer`: it reads the command line, then
// calls `test` with each input it makes.
#include <stddef.h>
#include <stdint.h>

int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*test)(const uint8_t *data, size_t size));
