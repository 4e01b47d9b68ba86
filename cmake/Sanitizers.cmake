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
