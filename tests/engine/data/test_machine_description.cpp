// The machine a saved run names: CPU model and OS read from the files Linux has for them.
#include <catch2/catch.hpp>

#include "machine/machine_description.h"

using namespace conclab;

TEST_CASE("the CPU model is the first CPU's model name, or what an ARM kernel calls it", "[machine]") {
    CHECK(cpu_model_from_cpuinfo("processor\t: 0\nvendor_id\t: GenuineIntel\nmodel name\t: Intel(R) Core(TM) i5-8250U "
                                 "CPU @ 1.60GHz\n\nprocessor\t: 1\nmodel name\t: other\n") ==
          "Intel(R) Core(TM) i5-8250U CPU @ 1.60GHz");
    CHECK(cpu_model_from_cpuinfo("processor\t: 0\nBogoMIPS\t: 108.00\n\nHardware\t: BCM2835\n") == "BCM2835");
    CHECK(cpu_model_from_cpuinfo("processor : 0\n") == "");
    CHECK(cpu_model_from_cpuinfo("") == "");
    // Control characters never reach a caption.
    CHECK(cpu_model_from_cpuinfo("model name\t: A\x01" "B\n") == "A\\x01B");
}

TEST_CASE("the OS is os-release's PRETTY_NAME, unquoted", "[machine]") {
    CHECK(pretty_name_from_os_release("NAME=\"Debian GNU/Linux\"\nPRETTY_NAME=\"Debian GNU/Linux 12 (bookworm)\"\n") ==
          "Debian GNU/Linux 12 (bookworm)");
    CHECK(pretty_name_from_os_release("PRETTY_NAME=Alpine\n") == "Alpine");
    CHECK(pretty_name_from_os_release("PRETTY_NAME='Single quoted'\n") == "Single quoted");
    CHECK(pretty_name_from_os_release("PRETTY_NAME=\"Escaped \\\"quote\\\"\"") == "Escaped \"quote\"");
    CHECK(pretty_name_from_os_release("ID=debian\n") == "");
}

TEST_CASE("this machine is described with the CPUs a run could use", "[machine]") {
    const MachineDescription m = describe_this_machine();
    CHECK(m.usable_cpus >= 1);
    CHECK(static_cast<int>(m.cpu_ids.size()) >= m.usable_cpus);
    CHECK(m.kernel.rfind("Linux ", 0) == 0);
    CHECK(m.python_version.empty());  // only an observed program's interpreter has one
}
