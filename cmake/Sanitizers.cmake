# CONCLAB_SANITIZE=address builds everything with AddressSanitizer + UndefinedBehaviorSanitizer,
# CONCLAB_SANITIZE=thread with ThreadSanitizer. Applied globally so that every target, including
# the tests and the Catch2 main, is instrumented the same way.
if(CONCLAB_SANITIZE STREQUAL "address")
  add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
  add_link_options(-fsanitize=address,undefined)
elseif(CONCLAB_SANITIZE STREQUAL "thread")
  add_compile_options(-fsanitize=thread -fno-omit-frame-pointer)
  add_link_options(-fsanitize=thread)
elseif(NOT CONCLAB_SANITIZE STREQUAL "")
  message(FATAL_ERROR "CONCLAB_SANITIZE must be empty, 'address' or 'thread', not '${CONCLAB_SANITIZE}'")
endif()

# CONCLAB_BUILD_FUZZERS: every target gets libFuzzer's coverage instrumentation (fuzzer-no-link);
# only the fuzz executables in tests/fuzz link libFuzzer itself (-fsanitize=fuzzer), so the
# ordinary tests keep their own main().
if(CONCLAB_BUILD_FUZZERS)
  if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
    message(FATAL_ERROR "CONCLAB_BUILD_FUZZERS needs clang++ (libFuzzer): configure with -DCMAKE_CXX_COMPILER=clang++ "
                        "or use the 'asan' preset")
  endif()
  if(NOT CONCLAB_SANITIZE STREQUAL "address")
    message(FATAL_ERROR "CONCLAB_BUILD_FUZZERS needs CONCLAB_SANITIZE=address: a fuzzer without ASan misses most bugs")
  endif()
  add_compile_options(-fsanitize=fuzzer-no-link)
endif()
