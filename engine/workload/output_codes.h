#pragma once
// What a simulated worker prints, as the lessons' Python does with print(). A printed line is an
// EventKind::Output event recorded through the lane's ring like every other event (so lines of
// worker processes arrive in their true order), and stored as an OutputLine: `code` says which
// line it is, `values` holds its numbers. The engine never writes the words; the UI does, in the
// reader's language (the Python shown beside the lesson prints the same values):
//
//   code            Python it stands for                     values[0]            values[1]
//   Number          print(f"Number: {i}")                    i (0, 1, 2 ...)      the task
//   Square          print(f"Square: {n * n}")                n (the task number)  n * n
//   CounterInWorker print(counter)  at the end of a worker   the counter in this  additions this
//                                                            worker's memory      worker made
//   CounterFinal    print(counter)  in the main thread,      the counter in the   additions made in
//                   after join()                             main process         that memory
//
// With threads every worker adds to the one counter of the main process; with processes each
// worker process adds to its own copy, and the main process's counter stays as it was (0).
#include <cstdint>
#include <string_view>

namespace conclab {

enum class OutputCode : std::uint32_t {
    Number = 1,
    Square = 2,
    CounterInWorker = 3,
    CounterFinal = 4,
};
inline constexpr OutputCode kAllOutputCodes[] = {OutputCode::Number, OutputCode::Square, OutputCode::CounterInWorker,
                                                 OutputCode::CounterFinal};

// For machine-readable outputs (trace JSON, CSV) and logs: "number", "square", ...; "?" if unknown.
constexpr std::string_view output_code_name(std::uint32_t code) {
    switch (static_cast<OutputCode>(code)) {
        case OutputCode::Number: return "number";
        case OutputCode::Square: return "square";
        case OutputCode::CounterInWorker: return "counter-in-worker";
        case OutputCode::CounterFinal: return "counter-final";
    }
    return "?";
}

}  // namespace conclab
