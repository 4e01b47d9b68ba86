#pragma once
// The names of a run's lanes and processes as messages, so that the UI writes them in the reader's
// language and digits ("Thread-1" / "থ্রেড-১") everywhere a worker is named: timeline rows,
// tooltips, the table's status, failure messages, captions and the command line's output. The
// English `name` in the layout stays what trace files carry.
#include <cstdint>
#include <string>

#include "core/message.h"
#include "timeline/run_layout.h"

namespace conclab {

// The name a lane or process of kind `kind` and number `number` has; `own` is used for
// NameKind::Own (shown as it is).
Message worker_name(NameKind kind, std::uint32_t number, const std::string& own);
// The name of lane `lane` of `layout` ("lane <n>" as its own name for a lane the layout has not).
Message lane_name(const RunLayout& layout, std::uint32_t lane);
Message process_name(const ProcessGroup& group);

}  // namespace conclab
