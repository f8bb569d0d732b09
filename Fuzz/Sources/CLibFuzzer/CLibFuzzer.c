// Declarations only: the functions live in libFuzzer's runtime.
#include "CLibFuzzer.h"
