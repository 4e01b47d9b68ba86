#pragma once
// What every fuzz target asserts besides "no crash, no sanitizer report": a property that fails
// aborts with the input's story on stderr, so libFuzzer saves the input as a crash.
#include <cstdio>
#include <cstdlib>
#include <string>


#define FUZZ_CHECK(condition)                                                                  \
    do {                                                                                       \
        if (!(condition)) {                                                                    \
            std::fprintf(stderr, "%s:%d: property failed: %s\n", __FILE__, __LINE__, #condition); \
            std::abort();                                                                      \
        }                                                                                      \
    } while (false)
