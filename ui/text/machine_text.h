#pragma once
// How the machine a run was recorded on reads on screen, in a handout and in the command line:
// "Recorded on 8 CPUs · Intel(R) Core(TM) i5 · Debian GNU/Linux 12 (bookworm) · Python 3.11.2".
#include <QString>

#include "machine/machine_description.h"

namespace conclab::ui {

// The parts that are known, joined; empty if nothing is.
QString recorded_on_text(const MachineDescription& machine);

}  // namespace conclab::ui
