// libFuzzer target: workload specs ("cpu:50ms", "net:20@10ms", "mixed:10ms/20msx5") and run
// model names. Never a crash; every refusal is one line; an accepted workload has steps within
// the documented bounds and a canonical text that parses back to the same workload.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fuzz_message_check.h"
#include "ui/text/experiment_text.h"
#include "experiment/experiment.h"
#include "workload/workload_spec.h"

using namespace conclab;

namespace {

bool within_bounds(const WorkloadStep& step) {
    switch (step.kind) {
        case StepKind::Cpu:
        case StepKind::Sleep:
        case StepKind::FileDuration: return step.amount > 0 && step.amount <= kMaxStepNs;
        case StepKind::FileBytes: return step.amount > 0 && step.amount <= kMaxFileBytes;
        case StepKind::Net:
            return step.amount > 0 && step.amount <= kMaxNetRoundTrips && step.server_ns >= 0 &&
                   step.server_ns <= kMaxServerNs;
        case StepKind::PrintNumber: return step.amount >= 0 && step.amount < kMaxMixedRepeats;
        case StepKind::PrintSquare:
        case StepKind::PrintCounter: return step.amount == 0;
        case StepKind::CounterAdd:
        case StepKind::CounterAddLocked: return step.amount > 0 && step.amount <= kMaxCounterAdditions;
    }
    return false;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    if (const auto spec = parse_workload(text)) {
        const WorkloadSpec& w = spec.value();
        FUZZ_CHECK(!w.steps.empty());
        FUZZ_CHECK(w.steps.size() <= 2 * static_cast<std::size_t>(kMaxMixedRepeats));
        for (const WorkloadStep& step : w.steps) FUZZ_CHECK(within_bounds(step));
        FUZZ_CHECK(w.parts.size() <= kMaxWorkloadParts);
        for (const WorkloadSpec& part : w.parts) {
            FUZZ_CHECK(part.parts.empty() && !part.steps.empty());
            for (const WorkloadStep& step : part.steps) FUZZ_CHECK(within_bounds(step));
        }
        const auto again = parse_workload(w.text);
        FUZZ_CHECK(again && again.value() == w);
        Experiment e = default_experiment();
        e.workload = w;
        FUZZ_CHECK(!e.validate());
        FUZZ_CHECK(!ui::experiment_summary(e).isEmpty());
    } else {
        FUZZ_CHECK(fuzz::is_one_line_message(spec.error()));
    }
    if (const auto model = parse_run_model(text)) FUZZ_CHECK(parse_run_model(run_model_name(model.value())));
    else FUZZ_CHECK(fuzz::is_one_line_message(model.error()));
    return 0;
}
