// Reading and evaluating answer rules (lesson_rule.h): a recursive descent over a tokenised line.
// Recursion is bounded by the node limit (every level of parentheses or "not" adds a node), so a
// hostile rule cannot exhaust the stack.
#include "lessons/lesson_rule.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cstdlib>

#include "core/text.h"

namespace conclab {

namespace {

enum class TokenKind : std::uint8_t { Name, Number, Op, Open, Close, End };

struct Token {
    TokenKind kind = TokenKind::End;
    std::string_view text;
    std::size_t position = 0;  // 0-based byte offset in the rule
};

bool name_start(char c) { return std::islower(static_cast<unsigned char>(c)) != 0 || c == '_'; }
bool name_char(char c) { return name_start(c) || std::isdigit(static_cast<unsigned char>(c)) != 0; }

// Splits the rule into tokens; nothing if a character fits no token (its position in `bad`).
std::optional<std::vector<Token>> tokenize(std::string_view text, std::size_t& bad) {
    std::vector<Token> tokens;
    std::size_t i = 0;
    while (i < text.size()) {
        const char c = text[i];
        if (c == ' ' || c == '\t') {
            ++i;
            continue;
        }
        const std::size_t start = i;
        if (name_start(c)) {
            while (i < text.size() && name_char(text[i])) ++i;
            tokens.push_back({TokenKind::Name, text.substr(start, i - start), start});
        } else if (std::isdigit(static_cast<unsigned char>(c)) != 0) {
            while (i < text.size() && std::isdigit(static_cast<unsigned char>(text[i])) != 0) ++i;
            if (i < text.size() && text[i] == '.') {
                ++i;
                const std::size_t fraction = i;
                while (i < text.size() && std::isdigit(static_cast<unsigned char>(text[i])) != 0) ++i;
                if (i == fraction) {
                    bad = i;
                    return std::nullopt;
                }
            }
            tokens.push_back({TokenKind::Number, text.substr(start, i - start), start});
        } else if (c == '<' || c == '>' || c == '=' || c == '!') {
            ++i;
            if (i < text.size() && text[i] == '=') ++i;
            const std::string_view op = text.substr(start, i - start);
            if (op == "=" || op == "!") {
                bad = start;
                return std::nullopt;
            }
            tokens.push_back({TokenKind::Op, op, start});
        } else if (c == '(') {
            tokens.push_back({TokenKind::Open, text.substr(i++, 1), start});
        } else if (c == ')') {
            tokens.push_back({TokenKind::Close, text.substr(i++, 1), start});
        } else {
            bad = start;
            return std::nullopt;
        }
    }
    tokens.push_back({TokenKind::End, {}, text.size()});
    return tokens;
}

RuleOp comparison(std::string_view op) {
    if (op == "<") return RuleOp::Less;
    if (op == "<=") return RuleOp::LessEqual;
    if (op == ">") return RuleOp::Greater;
    if (op == ">=") return RuleOp::GreaterEqual;
    if (op == "==") return RuleOp::Equal;
    return RuleOp::NotEqual;
}

bool is_keyword(std::string_view name) { return name == "and" || name == "or" || name == "not"; }

Message too_long(std::size_t max_bytes, std::size_t max_nodes) {
    return Message{MessageCode::LessonRuleTooLong,
                   {text_arg(""), integer_arg(static_cast<std::int64_t>(max_bytes)), integer_arg(static_cast<std::int64_t>(max_nodes))}};
}

// Builds the nodes of a rule, children before parents, so the root is the last node.
class RuleParser {
public:
    using Resolver = std::optional<std::size_t> (*)(const void*, std::string_view);
    RuleParser(std::string_view text, std::vector<Token> tokens, Resolver resolve, const void* context)
        : text_(text), tokens_(std::move(tokens)), resolve_(resolve), context_(context) {}

    // The root's index, or nothing with `error` set.
    std::optional<std::size_t> parse() {
        const auto root = disjunction();
        if (!root) return std::nullopt;
        if (current().kind != TokenKind::End) return fail_here();
        return root;
    }

    std::vector<RuleNode> nodes;
    std::optional<Message> error;

private:
    const Token& current() const { return tokens_[next_]; }
    bool keyword(std::string_view word) const { return current().kind == TokenKind::Name && current().text == word; }

    std::optional<std::size_t> fail_here() {
        error = Message{MessageCode::LessonRuleUnreadable,
                        {text_arg(""), quoted_arg(text_), integer_arg(static_cast<std::int64_t>(current().position + 1))}};
        return std::nullopt;
    }

    std::optional<std::size_t> add(RuleNode node) {
        if (nodes.size() >= LessonRule::kMaxNodes) return fail_too_long();
        nodes.push_back(node);
        return nodes.size() - 1;
    }

    template <class Next>
    std::optional<std::size_t> chain(std::string_view word, RuleOp op, Next next) {
        auto left = (this->*next)();
        while (left && keyword(word)) {
            ++next_;
            const auto right = (this->*next)();
            if (!right) return std::nullopt;
            RuleNode node;
            node.op = op;
            node.a = *left;
            node.b = *right;
            left = add(node);
        }
        return left;
    }

    std::optional<std::size_t> disjunction() { return chain("or", RuleOp::Or, &RuleParser::conjunction); }
    std::optional<std::size_t> conjunction() { return chain("and", RuleOp::And, &RuleParser::negation); }

    std::optional<std::size_t> negation() {
        // Nesting deeper than the node limit could not make a rule within it: refuse before
        // recursing further, which bounds the stack.
        if (++depth_ > static_cast<int>(LessonRule::kMaxNodes)) return fail_too_long();
        struct Leave {
            int& depth;
            ~Leave() { --depth; }
        } leave{depth_};
        if (keyword("not")) {
            ++next_;
            const auto inner = negation();
            if (!inner) return std::nullopt;
            RuleNode node;
            node.op = RuleOp::Not;
            node.a = *inner;
            return add(node);
        }
        if (current().kind == TokenKind::Open) {
            ++next_;
            const auto inner = disjunction();
            if (!inner) return std::nullopt;
            if (current().kind != TokenKind::Close) return fail_here();
            ++next_;
            return inner;
        }
        return compare();
    }

    std::optional<std::size_t> fail_too_long() {
        error = too_long(LessonRule::kMaxTextBytes, LessonRule::kMaxNodes);
        return std::nullopt;
    }

    // An operand: fills figure or number; false with `error` set.
    bool operand(std::optional<std::size_t>& figure, double& number) {
        const Token& t = current();
        if (t.kind == TokenKind::Number) {
            number = std::strtod(std::string(t.text).c_str(), nullptr);
            ++next_;
            return true;
        }
        if (t.kind == TokenKind::Name && !is_keyword(t.text)) {
            figure = resolve_(context_, t.text);
            if (!figure) {
                error = Message{MessageCode::LessonRuleUnknownFigure, {text_arg(""), quoted_arg(text_), quoted_arg(t.text)}};
                return false;
            }
            ++next_;
            return true;
        }
        fail_here();
        return false;
    }

    std::optional<std::size_t> compare() {
        RuleNode node;
        if (!operand(node.left_figure, node.left_number)) return std::nullopt;
        if (current().kind != TokenKind::Op) return fail_here();
        node.op = comparison(current().text);
        ++next_;
        if (!operand(node.right_figure, node.right_number)) return std::nullopt;
        return add(node);
    }

    std::string_view text_;
    std::vector<Token> tokens_;
    Resolver resolve_;
    const void* context_;
    std::size_t next_ = 0;
    int depth_ = 0;
};

}  // namespace

ParseResult<LessonRule> LessonRule::parse_with(std::string_view text, Resolver resolve, const void* context) {
    const std::string_view rule = trim(text);
    if (rule.size() > kMaxTextBytes)
        return ParseResult<LessonRule>::fail(too_long(kMaxTextBytes, kMaxNodes));
    std::size_t bad = 0;
    auto tokens = tokenize(rule, bad);
    if (!tokens)
        return ParseResult<LessonRule>::fail(Message{MessageCode::LessonRuleUnreadable,
                                                     {text_arg(""), quoted_arg(rule), integer_arg(static_cast<std::int64_t>(bad + 1))}});
    RuleParser parser(rule, std::move(*tokens), resolve, context);
    const auto root = parser.parse();
    if (!root) return ParseResult<LessonRule>::fail(std::move(*parser.error));
    LessonRule out;
    out.text_ = std::string(rule);
    out.nodes_ = std::move(parser.nodes);  // the root, added last, is the last node
    return ParseResult<LessonRule>::ok(std::move(out));
}

std::optional<bool> LessonRule::evaluate(std::span<const std::optional<double>> values) const {
    if (nodes_.empty()) return std::nullopt;
    // Children always come before their parents, so one pass in order evaluates the tree.
    std::vector<std::optional<bool>> result(nodes_.size());
    for (std::size_t i = 0; i < nodes_.size(); ++i) {
        const RuleNode& n = nodes_[i];
        switch (n.op) {
            case RuleOp::And:
                // Unknown only if the known part does not decide it.
                if (result[n.a] == false || result[n.b] == false) result[i] = false;
                else if (result[n.a] && result[n.b]) result[i] = true;
                break;
            case RuleOp::Or:
                if (result[n.a] == true || result[n.b] == true) result[i] = true;
                else if (result[n.a] && result[n.b]) result[i] = false;
                break;
            case RuleOp::Not:
                if (result[n.a]) result[i] = !*result[n.a];
                break;
            default: {
                auto value_of = [&](const std::optional<std::size_t>& figure, double number) -> std::optional<double> {
                    if (!figure) return number;
                    return *figure < values.size() ? values[*figure] : std::nullopt;
                };
                const auto left = value_of(n.left_figure, n.left_number);
                const auto right = value_of(n.right_figure, n.right_number);
                if (!left || !right) break;
                switch (n.op) {
                    case RuleOp::Less: result[i] = *left < *right; break;
                    case RuleOp::LessEqual: result[i] = *left <= *right; break;
                    case RuleOp::Greater: result[i] = *left > *right; break;
                    case RuleOp::GreaterEqual: result[i] = *left >= *right; break;
                    case RuleOp::Equal: result[i] = *left == *right; break;
                    case RuleOp::NotEqual: result[i] = *left != *right; break;
                    default: break;
                }
            }
        }
    }
    return result.back();
}

std::vector<std::size_t> LessonRule::figures() const {
    std::vector<std::size_t> out;
    for (const RuleNode& n : nodes_) {
        if (n.op == RuleOp::And || n.op == RuleOp::Or || n.op == RuleOp::Not) continue;
        if (n.left_figure) out.push_back(*n.left_figure);
        if (n.right_figure) out.push_back(*n.right_figure);
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

}  // namespace conclab
