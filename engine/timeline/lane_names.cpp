#include "timeline/lane_names.h"

namespace conclab {

Message worker_name(NameKind kind, std::uint32_t number, const std::string& own) {
    const MessageArg n = integer_arg(number);
    switch (kind) {
        case NameKind::Own: break;
        case NameKind::MainThread: return Message{MessageCode::NameMainThread, {}};
        case NameKind::Thread: return Message{MessageCode::NameThread, {n}};
        case NameKind::ThreadPoolWorker: return Message{MessageCode::NameThreadPoolWorker, {n}};
        case NameKind::Process: return Message{MessageCode::NameProcess, {n}};
        case NameKind::ProcessPoolWorker: return Message{MessageCode::NameProcessPoolWorker, {n}};
        case NameKind::EventLoop: return Message{MessageCode::NameEventLoop, {}};
        case NameKind::MainProcess: return Message{MessageCode::NameMainProcess, {}};
    }
    return Message{MessageCode::NameOwn, {text_arg(own)}};
}

Message lane_name(const RunLayout& layout, std::uint32_t lane) {
    if (lane >= layout.lanes.size()) return Message{MessageCode::NameOwn, {text_arg("lane " + std::to_string(lane))}};
    const LaneInfo& info = layout.lanes[lane];
    return worker_name(info.name_kind, info.name_number, info.name);
}

Message process_name(const ProcessGroup& group) { return worker_name(group.name_kind, group.name_number, group.name); }

}  // namespace conclab
