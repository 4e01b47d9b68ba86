#pragma once
// The names a saved run file gives to the engine's enumerations. They are the file format: a
// name never changes meaning, so the numbering of an enum may change without breaking old files.
#include <optional>
#include <string_view>

#include "metrics/run_metrics.h"
#include "record/event.h"
#include "timeline/run_layout.h"
#include "timeline/timeline_store.h"

namespace conclab {

std::string_view lane_kind_file_name(LaneKind k);
std::optional<LaneKind> lane_kind_from_file_name(std::string_view name);

std::string_view name_kind_file_name(NameKind k);
std::optional<NameKind> name_kind_from_file_name(std::string_view name);
std::string_view gil_note_file_name(GilNote n);
std::optional<GilNote> gil_note_from_file_name(std::string_view name);

std::string_view output_stream_file_name(OutputStream s);
std::optional<OutputStream> output_stream_from_file_name(std::string_view name);

std::string_view gil_reason_file_name(GilReason r);
std::optional<GilReason> gil_reason_from_file_name(std::string_view name);

std::string_view run_status_file_name(RunStatus s);
std::optional<RunStatus> run_status_from_file_name(std::string_view name);
std::string_view source_kind_file_name(SourceKind k);
std::optional<SourceKind> source_kind_from_file_name(std::string_view name);

}  // namespace conclab
