// The sentences of the engine's messages: every code has one that shows each of its arguments,
// the English stays the wording users and the command-line tests know, numbers follow the
// reader's locale, and a translation replaces the sentence while the arguments stay.
#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>
#include <QTranslator>
#include <catch2/catch.hpp>
#include <cerrno>
#include <string>

#include "core/message.h"
#include "ui/text/message_text.h"

using namespace conclab;
using conclab::ui::message_arg_text;
using conclab::ui::message_source;
using conclab::ui::message_text;

namespace {

// Arguments of the kinds `code` declares, each different from the others, so that a sentence
// that shows one argument twice and forgets another is caught.
Message sample(MessageCode code) {
    Message m{code, {}};
    const std::string_view kinds = message_arg_kinds(code);
    const int errnos[] = {ENOENT, EACCES, ENOSPC, EIO, EPERM, EEXIST, EINVAL, EROFS, ENOMEM};
    for (std::size_t i = 0; i < kinds.size(); ++i) {
        const auto n = static_cast<std::int64_t>(i + 1);
        switch (kinds[i]) {
            case 'T': m.args.push_back(text_arg("'value-" + std::to_string(n) + "'")); break;
            case 'I': m.args.push_back(integer_arg(90'000 + n)); break;
            case 'D': m.args.push_back(duration_arg(n * 1'111'000'000)); break;
            case 'E': m.args.push_back(errno_arg(errnos[i])); break;
            case 'M': m.args.push_back(message_arg(Message{MessageCode::CountNegative, {text_arg("'nested-" + std::to_string(n) + "'")}})); break;
            default: FAIL("unknown argument kind " << kinds[i] << " for " << message_code_name(code));
        }
    }
    return m;
}

// Installed for its lifetime; translates one sentence of the messages' context.
class OneSentenceTranslator : public QTranslator {
public:
    OneSentenceTranslator(const char* source, QString translation) : source_(source), translation_(std::move(translation)) {
        QCoreApplication::installTranslator(this);
    }
    ~OneSentenceTranslator() override { QCoreApplication::removeTranslator(this); }
    bool isEmpty() const override { return false; }
    QString translate(const char* context, const char* source, const char*, int) const override {
        if (QLatin1String(context) == QLatin1String("conclab::ui::Message") && QLatin1String(source) == QLatin1String(source_))
            return translation_;
        return {};
    }

private:
    const char* source_;
    QString translation_;
};

// The default locale for its lifetime.
class ScopedLocale {
public:
    explicit ScopedLocale(const QLocale& locale) { QLocale::setDefault(locale); }
    ~ScopedLocale() { QLocale::setDefault(previous_); }

private:
    QLocale previous_;
};

}  // namespace

TEST_CASE("every message code has a sentence that shows each of its arguments", "[text][messages]") {
    static const QRegularExpression placeholder(QStringLiteral("%([0-9])"));
    for (const MessageCode code : kAllMessageCodes) {
        INFO(message_code_name(code));
        const char* source = message_source(code);
        REQUIRE(source != nullptr);
        const Message m = sample(code);
        REQUIRE(has_declared_args(m));
        // The source names exactly the arguments the code has: %1 … %n, each at least once.
        const QString english = QString::fromUtf8(source);
        QSet<int> used;
        for (auto match = placeholder.globalMatch(english); match.hasNext();) used.insert(match.next().captured(1).toInt());
        for (int n = 1; n <= static_cast<int>(m.args.size()); ++n) CHECK(used.contains(n));
        CHECK(used.size() == static_cast<qsizetype>(m.args.size()));

        const QString text = message_text(m);
        INFO(text.toStdString());
        CHECK_FALSE(text.isEmpty());
        CHECK_FALSE(text.contains(QLatin1Char('\n')));
        CHECK_FALSE(placeholder.match(text).hasMatch());  // nothing left unfilled
        for (const MessageArg& arg : m.args) {
            const QString shown = message_arg_text(arg);
            INFO("argument " << shown.toStdString());
            CHECK_FALSE(shown.isEmpty());
            CHECK(text.contains(shown));
        }
    }
}

TEST_CASE("messages read as the English sentences users and the command-line tests know", "[text][messages]") {
    CHECK(message_text(Message{MessageCode::DurationNegative, {quoted_arg("-5ms")}}) == "duration '-5ms' is negative");
    CHECK(message_text(Message{MessageCode::DurationNoUnit, {quoted_arg("50"), text_arg("50")}}) ==
          "duration '50' has no unit: write e.g. 50ms or 50s");
    CHECK(message_text(Message{MessageCode::RoundTripsInvalid,
                               {message_arg(Message{MessageCode::CountNegative, {quoted_arg("-1")}}), quoted_arg("net:-1")}}) ==
          "count '-1' is negative (round trips in 'net:-1')");
    CHECK(message_text(Message{MessageCode::CpuTimeOverLimit,
                               {quoted_arg("11m"), quoted_arg("cpu:11m"), text_arg("600s"), integer_arg(10)}}) ==
          "cpu time '11m' in 'cpu:11m' is over the limit of 600s (10 minutes)");
    CHECK(message_text(Message{MessageCode::TasksOutOfRange, {integer_arg(0), integer_arg(1), integer_arg(100'000)}}) ==
          "tasks 0 is out of range: use 1 to 100000");
    CHECK(message_text(Message{MessageCode::WorkerKilled,
                               {message_arg(Message{MessageCode::NameProcess, {integer_arg(2)}}), integer_arg(4711),
                                text_arg("SIGKILL"), duration_arg(231'400'000)}}) ==
          "Process-2 (pid 4711) killed by SIGKILL at 0.231 s");
    CHECK(message_text(Message{MessageCode::RunStopped, {duration_arg(1'234'567'890)}}) == "stopped after 1.235 s");
    CHECK(message_text(Message{MessageCode::CannotWriteSystemError, {text_arg("/dev/full"), errno_arg(ENOSPC)}}) ==
          "cannot write /dev/full: No space left on device");
    CHECK(message_text(Message{MessageCode::RunCouldNotStart,
                               {message_arg(Message{MessageCode::SharedMemoryUnavailable, {errno_arg(ENOMEM)}})}}) ==
          "could not start: cannot map the run's shared event memory: Cannot allocate memory");
}

TEST_CASE("what a user typed is shown as typed, even when it looks like a placeholder", "[text][messages]") {
    // Chained QString::arg() would put the kinds list where the user's "%3" stands.
    const Message m{MessageCode::WorkloadUnknownKind, {quoted_arg("%3"), quoted_arg("%3:%2"), text_arg("cpu, io")}};
    CHECK(message_text(m) == "unknown workload kind '%3' in '%3:%2': valid kinds are cpu, io");
}

TEST_CASE("numbers and times in messages are written in the reader's digits", "[text][messages][locale]") {
    const ScopedLocale bengali(QLocale(QLocale::Bengali, QLocale::Bangladesh));
    const QString zero = QLocale().zeroDigit();
    REQUIRE(zero != QStringLiteral("0"));  // Bengali digits: ০ … ৯
    const QString text = message_text(Message{MessageCode::WorkersOverProcessLimit, {integer_arg(65), integer_arg(64)}});
    CHECK(text.contains(QLocale().toString(65)));
    CHECK(text.contains(QLocale().toString(64)));
    CHECK_FALSE(text.contains(QStringLiteral("64")));
    // Whole numbers without group separators, as they are typed: 100000, not 1,00,000.
    CHECK(message_arg_text(integer_arg(100'000)) == QLocale().toString(100'000).remove(QLocale().groupSeparator()));
    CHECK(message_arg_text(duration_arg(231'000'000)).startsWith(zero));
}

TEST_CASE("a translation replaces the sentence and keeps the arguments", "[text][messages][translation]") {
    const OneSentenceTranslator bengali("duration %1 is negative", QStringLiteral("সময় %1 ঋণাত্মক"));
    CHECK(message_text(Message{MessageCode::DurationNegative, {quoted_arg("-5ms")}}) == QStringLiteral("সময় '-5ms' ঋণাত্মক"));
    // A nested reason is translated too, inside an untranslated sentence.
    CHECK(message_text(Message{MessageCode::ServerTimeInvalid,
                               {message_arg(Message{MessageCode::DurationNegative, {quoted_arg("-1ms")}}),
                                quoted_arg("net:20@-1ms")}}) ==
          QStringLiteral("সময় '-1ms' ঋণাত্মক (server time in 'net:20@-1ms', e.g. net:50@10ms)"));
}

TEST_CASE("a message whose code has no sentence yet still says what it is", "[text][messages]") {
    const Message unknown{static_cast<MessageCode>(60'000), {text_arg("x")}};
    CHECK_FALSE(message_text(unknown).isEmpty());
}
