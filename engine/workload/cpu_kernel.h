#pragma once
// The CPU-bound work every task does: a chain of dependent integer mixes (xorshift + multiply).
// Each step needs the previous result, so the compiler can neither vectorise nor drop it, and
// the final value is the task's checked result: every run model must produce the same one.
#include <cstdint>

namespace conclab {

// One tick: a few microseconds of pure computation.
std::uint64_t cpu_tick(std::uint64_t x);

// The starting value of a task's chain (different per task, same in every model).
std::uint64_t cpu_seed(std::uint32_t task);

// Ticks per millisecond of CPU time on this machine: the best of a few short timed runs
// (~0.1 s of CPU in all).
double measure_cpu_ticks_per_ms();

// Ticks that make `ns` of CPU time on this machine (at least 1 for a positive duration).
std::int64_t ticks_for_ns(std::int64_t ns, double ticks_per_ms);

}  // namespace conclab
