# Runs one libFuzzer target for a bounded time (cmake -P, from ctest):
#   -DFUZZER=<executable> -DSEEDS=<seed corpus> -DDICT=<dictionary or empty> -DWORK=<scratch folder>
#   -DSECONDS=<time limit> [-DQT_DESERIALIZES=ON] [-DOPTIONS=<more libFuzzer options>]
#   (see conclab_add_fuzzer in CMakeLists.txt)
# The seeds are copied to WORK/corpus first: libFuzzer adds the inputs it finds to the corpus it
# is given, and the source tree must not be written. Fails if the fuzzer found a crash, a leak,
# undefined behaviour or a broken property; the input is then in WORK/artifacts.
foreach(var FUZZER SEEDS WORK SECONDS)
  if(NOT DEFINED ${var})
    message(FATAL_ERROR "run_fuzzer.cmake needs -D${var}=...")
  endif()
endforeach()
get_filename_component(name ${FUZZER} NAME)

file(REMOVE_RECURSE ${WORK})
file(MAKE_DIRECTORY ${WORK}/corpus ${WORK}/artifacts)
file(COPY ${SEEDS}/ DESTINATION ${WORK}/corpus)

set(options -max_total_time=${SECONDS} -rss_limit_mb=2048 -timeout=10 -print_final_stats=1
            -artifact_prefix=${WORK}/artifacts/)
if(DICT)
  list(APPEND options -dict=${DICT})
endif()
if(OPTIONS)
  list(APPEND options ${OPTIONS})
endif()
if(QT_DESERIALIZES)
  # A request over 1 GiB fails at once, as it would on a machine without that much to give
  # (and Qt then drops the value), instead of aborting the run.
  set(ENV{ASAN_OPTIONS} "allocator_may_return_null=1:max_allocation_size_mb=1024:$ENV{ASAN_OPTIONS}")
endif()
execute_process(COMMAND ${FUZZER} ${options} ${WORK}/corpus
                RESULT_VARIABLE status OUTPUT_VARIABLE output ERROR_VARIABLE output)
file(WRITE ${WORK}/output.txt "${output}")

if(NOT status EQUAL 0)
  file(GLOB found ${WORK}/artifacts/*)
  message(FATAL_ERROR "${output}\n${name} failed (exit status ${status}); input(s): ${found}")
endif()
if(NOT output MATCHES "Done ([0-9]+) runs in ([0-9]+) second")
  message(FATAL_ERROR "${output}\n${name}: libFuzzer did not say how many inputs it ran")
endif()
set(runs ${CMAKE_MATCH_1})
set(seconds ${CMAKE_MATCH_2})
string(REGEX MATCH "stat::new_units_added: *([0-9]+)" new_units "${output}")
message("${name}: ${runs} inputs ran clean in ${seconds} s (${CMAKE_MATCH_1} new corpus entries; log: ${WORK}/output.txt)")
