// The CPU count follows the affinity mask end to end: a program started as `taskset -c N conclab`
// measures against one core and draws one core row, named CPU N.
#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>
#include <string>

#include "../support/cpu_pinning.h"
#include "machine/usable_cpus.h"
#include "process_runner.h"
#include "workload/private_temp_dir.h"

using namespace conclab;
using namespace conclab::testing;

TEST_CASE("under taskset -c N a run counts one core and its core track is CPU N", "[cli][machine]") {
    const int last = usable_cpus().cpu_ids.back();  // not 0 on a machine with two CPUs or more
    PrivateTempDir dir;
    const std::string trace = dir.path() + "/pinned.json";
    CommandResult r;
    {
        // Pinned as taskset pins: the binary started from this thread inherits the mask.
        const ScopedCpuPin pin({last});
        REQUIRE(pin.ok());
        r = run_conclab({"run", "--workload", "cpu:10ms", "--tasks", "2", "--model", "threads", "--no-gil", "--trace", trace});
    }
    INFO(r.out << r.err);
    REQUIRE(r.exit_code == 0);
    CHECK_THAT(r.out, Catch::Contains("Machine: 1 core "));
    std::ifstream in(trace);
    std::stringstream json;
    json << in.rdbuf();
    CHECK_THAT(json.str(), Catch::Contains("\"CPU " + std::to_string(last) + "\""));
    if (last != 0) CHECK_THAT(json.str(), !Catch::Contains("\"CPU 0\""));
}
