#include "runfile/run_file_names.h"

#include <array>
#include <utility>

namespace conclab {

namespace {

// One table per enumeration, read both ways.
template <class E, std::size_t N>
using NameTable = std::array<std::pair<E, std::string_view>, N>;

constexpr NameTable<LaneKind, 7> kLaneKinds{{{LaneKind::MainThread, "main-thread"},
                                             {LaneKind::Thread, "thread"},
                                             {LaneKind::PoolThread, "pool-thread"},
                                             {LaneKind::Process, "process"},
                                             {LaneKind::PoolProcess, "pool-process"},
                                             {LaneKind::EventLoop, "event-loop"},
                                             {LaneKind::Coroutine, "coroutine"}}};
constexpr NameTable<NameKind, 8> kNameKinds{{{NameKind::Own, "own"},
                                             {NameKind::MainThread, "main-thread"},
                                             {NameKind::Thread, "thread"},
                                             {NameKind::ThreadPoolWorker, "thread-pool-worker"},
                                             {NameKind::Process, "process"},
                                             {NameKind::ProcessPoolWorker, "process-pool-worker"},
                                             {NameKind::EventLoop, "event-loop"},
                                             {NameKind::MainProcess, "main-process"}}};
constexpr NameTable<GilNote, 4> kGilNotes{{{GilNote::None, "none"},
                                           {GilNote::NotReadable, "not-readable"},
                                           {GilNote::FreeThreaded, "free-threaded"},
                                           {GilNote::NotPermitted, "not-permitted"}}};
constexpr NameTable<OutputStream, 3> kStreams{
    {{OutputStream::Worker, "worker"}, {OutputStream::Stdout, "stdout"}, {OutputStream::Stderr, "stderr"}}};
constexpr NameTable<GilReason, 4> kReasons{
    {{GilReason::None, "none"}, {GilReason::Interval, "interval"}, {GilReason::Io, "io"}, {GilReason::Exit, "exit"}}};
constexpr NameTable<RunStatus, 3> kStatuses{
    {{RunStatus::Completed, "completed"}, {RunStatus::Stopped, "stopped"}, {RunStatus::Failed, "failed"}}};
constexpr NameTable<SourceKind, 3> kSources{
    {{SourceKind::Simulated, "simulated"}, {SourceKind::Observed, "observed"}, {SourceKind::Opened, "opened"}}};

template <class E, std::size_t N>
std::string_view name_of(const NameTable<E, N>& table, E value) {
    for (const auto& [e, name] : table)
        if (e == value) return name;
    return "?";
}

template <class E, std::size_t N>
std::optional<E> value_of(const NameTable<E, N>& table, std::string_view name) {
    for (const auto& [e, n] : table)
        if (n == name) return e;
    return std::nullopt;
}

}  // namespace

std::string_view lane_kind_file_name(LaneKind k) { return name_of(kLaneKinds, k); }
std::optional<LaneKind> lane_kind_from_file_name(std::string_view name) { return value_of(kLaneKinds, name); }
std::string_view name_kind_file_name(NameKind k) { return name_of(kNameKinds, k); }
std::optional<NameKind> name_kind_from_file_name(std::string_view name) { return value_of(kNameKinds, name); }
std::string_view gil_note_file_name(GilNote n) { return name_of(kGilNotes, n); }
std::optional<GilNote> gil_note_from_file_name(std::string_view name) { return value_of(kGilNotes, name); }
std::string_view output_stream_file_name(OutputStream s) { return name_of(kStreams, s); }
std::optional<OutputStream> output_stream_from_file_name(std::string_view name) { return value_of(kStreams, name); }
std::string_view gil_reason_file_name(GilReason r) { return name_of(kReasons, r); }
std::optional<GilReason> gil_reason_from_file_name(std::string_view name) { return value_of(kReasons, name); }
std::string_view run_status_file_name(RunStatus s) { return name_of(kStatuses, s); }
std::optional<RunStatus> run_status_from_file_name(std::string_view name) { return value_of(kStatuses, name); }
std::string_view source_kind_file_name(SourceKind k) { return name_of(kSources, k); }
std::optional<SourceKind> source_kind_from_file_name(std::string_view name) { return value_of(kSources, name); }

}  // namespace conclab
