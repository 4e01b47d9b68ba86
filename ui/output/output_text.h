#pragma once
// The words of an output line in the reader's language. A simulated worker's line is a code and
// numbers (what the lesson's Python prints, e.g. print(n, n * n)); the sentence is composed here
// when it is shown, never stored. An observed program's line is its own text, shown as it is.
#include <QString>
#include <string>

#include "timeline/timeline_store.h"

namespace conclab::ui {

// What was printed: "3 squared is 9", or the program's text.
QString output_line_text(const OutputLine& line);
// Who printed it: the worker's name, or "program" / "program (errors)" for an observed
// program's standard output and error. `lane_name` is the lane's name as the reader reads it
// (থ্রেড-১ in Bengali, as on the timeline) when it has one.
QString output_source_text(const OutputLine& line, const QString* lane_name);

}  // namespace conclab::ui
