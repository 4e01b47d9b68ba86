#pragma once
// The rule that makes an answer right, written in a lesson file as a short expression over the
// lesson's figures:
//
//   "speedup < 1.3"
//   "counter_lost > 0 and counter_final < counter_additions"
//   "(io_threads < io_processes or io_async < io_processes) and cpu_processes < cpu_threads"
//
//   rule    := or
//   or      := and ("or" and)*
//   and     := not ("and" not)*
//   not     := "not" not | "(" or ")" | compare
//   compare := operand ("<" | "<=" | ">" | ">=" | "==" | "!=") operand
//   operand := a figure's name | a number (digits, optional fraction: 1.3, 0, 250)
//
// Figures are compared in the unit they are shown in (lesson.h, LessonFigure). "==" and "!="
// compare exactly, which suits counts (counter_final == 0); for times use < and >.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include "core/message.h"
#include "core/parse_result.h"

namespace conclab {

enum class RuleOp : std::uint8_t { Less, LessEqual, Greater, GreaterEqual, Equal, NotEqual, And, Or, Not };

// One node of the rule's tree. Leaves are comparisons of two operands; And/Or/Not combine nodes.
struct RuleNode {
    RuleOp op = RuleOp::Less;
    // Comparisons: each operand is a figure (index) or a number.
    std::optional<std::size_t> left_figure, right_figure;
    double left_number = 0.0, right_number = 0.0;
    // And/Or: children `a` and `b`; Not: `a` (indices into LessonRule::nodes).
    std::size_t a = 0, b = 0;
    friend bool operator==(const RuleNode&, const RuleNode&) = default;
};

class LessonRule {
public:
    // Reads `text`, resolving figure names with `figure_index` (names → index, nullopt if the
    // lesson has no such figure). Refusals: LessonRuleUnreadable (the rule, the character
    // position where it went wrong, 1-based), LessonRuleUnknownFigure (the rule, the name),
    // LessonRuleTooLong.
    template <class FigureIndex>
    static ParseResult<LessonRule> parse(std::string_view text, FigureIndex&& figure_index);

    // True/false from the figures' values (by index); nothing if a figure it reads is unknown.
    std::optional<bool> evaluate(std::span<const std::optional<double>> figure_values) const;
    // The figures the rule reads, each once, ascending.
    std::vector<std::size_t> figures() const;
    const std::string& text() const { return text_; }
    friend bool operator==(const LessonRule&, const LessonRule&) = default;

    // Bounds: a rule is a line, not a program.
    static constexpr std::size_t kMaxTextBytes = 500;
    static constexpr std::size_t kMaxNodes = 64;

private:
    using Resolver = std::optional<std::size_t> (*)(const void* context, std::string_view name);
    static ParseResult<LessonRule> parse_with(std::string_view text, Resolver resolve, const void* context);
    std::string text_;
    std::vector<RuleNode> nodes_;  // the root is the last node
};

template <class FigureIndex>
ParseResult<LessonRule> LessonRule::parse(std::string_view text, FigureIndex&& figure_index) {
    // Wrapped in a lambda, so that a plain function works as well as a lambda or a functor.
    const auto resolve = [&figure_index](std::string_view name) -> std::optional<std::size_t> { return figure_index(name); };
    using F = decltype(resolve);
    return parse_with(
        text,
        [](const void* context, std::string_view name) -> std::optional<std::size_t> {
            return (*static_cast<const F*>(context))(name);
        },
        &resolve);
}

}  // namespace conclab
