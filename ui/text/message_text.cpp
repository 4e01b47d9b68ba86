#include "ui/text/message_text.h"

#include <QCoreApplication>
#include <QtGlobal>
#include <cerrno>

#include "ui/text/display_format.h"

namespace conclab::ui {
namespace {

constexpr const char* kContext = "conclab::ui::Message";  // of every sentence below

// Puts args[n-1] where the sentence says %n (n = 1…9: no code has more arguments), in one pass:
// an argument that itself holds "%2" (a user may type anything) is never substituted again, as
// it would be by chained QString::arg() calls.
QString substitute(const QString& sentence, const QStringList& args) {
    QString out;
    out.reserve(sentence.size() + 16 * args.size());
    for (qsizetype i = 0; i < sentence.size(); ++i) {
        const QChar c = sentence[i];
        if (c == QLatin1Char('%') && i + 1 < sentence.size()) {
            const int n = sentence[i + 1].unicode() - u'0';
            if (n >= 1 && n <= 9 && n <= args.size()) {
                out += args[n - 1];
                ++i;
                continue;
            }
        }
        out += c;
    }
    return out;
}

// The C library describes a system error in English (its Bengali catalogue is rarely installed),
// so the errors conclab can meet have their sentence here, under the system's own English words;
// a translation replaces it, and any other error is left as the system says it.
const char* errno_source(int error) {
    switch (error) {
        case EPERM: return QT_TRANSLATE_NOOP("conclab::ui::Errno", "Operation not permitted");
        case ENOENT: return QT_TRANSLATE_NOOP("conclab::ui::Errno", "No such file or directory");
        case ESRCH: return QT_TRANSLATE_NOOP("conclab::ui::Errno", "No such process");
        case EINTR: return QT_TRANSLATE_NOOP("conclab::ui::Errno", "Interrupted system call");
        case EIO: return QT_TRANSLATE_NOOP("conclab::ui::Errno", "Input/output error");
        case E2BIG: return QT_TRANSLATE_NOOP("conclab::ui::Errno", "Argument list too long");
        case ENOEXEC: return QT_TRANSLATE_NOOP("conclab::ui::Errno", "Exec format error");
        case EBADF: return QT_TRANSLATE_NOOP("conclab::ui::Errno", "Bad file descriptor");
        case ECHILD: return QT_TRANSLATE_NOOP("conclab::ui::Errno", "No child processes");
        case EAGAIN: return QT_TRANSLATE_NOOP("conclab::ui::Errno", "Resource temporarily unavailable");
        case ENOMEM: return QT_TRANSLATE_NOOP("conclab::ui::Errno", "Cannot allocate memory");
        case EACCES: return QT_TRANSLATE_NOOP("conclab::ui::Errno", "Permission denied");
        case EBUSY: return QT_TRANSLATE_NOOP("conclab::ui::Errno", "Device or resource busy");
        case EEXIST: return QT_TRANSLATE_NOOP("conclab::ui::Errno", "File exists");
        case EXDEV: return QT_TRANSLATE_NOOP("conclab::ui::Errno", "Invalid cross-device link");
        case ENOTDIR: return QT_TRANSLATE_NOOP("conclab::ui::Errno", "Not a directory");
        case EISDIR: return QT_TRANSLATE_NOOP("conclab::ui::Errno", "Is a directory");
        case EINVAL: return QT_TRANSLATE_NOOP("conclab::ui::Errno", "Invalid argument");
        case ENFILE: return QT_TRANSLATE_NOOP("conclab::ui::Errno", "Too many open files in system");
        case EMFILE: return QT_TRANSLATE_NOOP("conclab::ui::Errno", "Too many open files");
        case ETXTBSY: return QT_TRANSLATE_NOOP("conclab::ui::Errno", "Text file busy");
        case EFBIG: return QT_TRANSLATE_NOOP("conclab::ui::Errno", "File too large");
        case ENOSPC: return QT_TRANSLATE_NOOP("conclab::ui::Errno", "No space left on device");
        case EROFS: return QT_TRANSLATE_NOOP("conclab::ui::Errno", "Read-only file system");
        case EPIPE: return QT_TRANSLATE_NOOP("conclab::ui::Errno", "Broken pipe");
        case ENAMETOOLONG: return QT_TRANSLATE_NOOP("conclab::ui::Errno", "File name too long");
        case ENOSYS: return QT_TRANSLATE_NOOP("conclab::ui::Errno", "Function not implemented");
        case ENOTEMPTY: return QT_TRANSLATE_NOOP("conclab::ui::Errno", "Directory not empty");
        case ELOOP: return QT_TRANSLATE_NOOP("conclab::ui::Errno", "Too many levels of symbolic links");
        case EADDRINUSE: return QT_TRANSLATE_NOOP("conclab::ui::Errno", "Address already in use");
        case EADDRNOTAVAIL: return QT_TRANSLATE_NOOP("conclab::ui::Errno", "Cannot assign requested address");
        case ENETUNREACH: return QT_TRANSLATE_NOOP("conclab::ui::Errno", "Network is unreachable");
        case ECONNRESET: return QT_TRANSLATE_NOOP("conclab::ui::Errno", "Connection reset by peer");
        case ETIMEDOUT: return QT_TRANSLATE_NOOP("conclab::ui::Errno", "Connection timed out");
        case ECONNREFUSED: return QT_TRANSLATE_NOOP("conclab::ui::Errno", "Connection refused");
        case EDQUOT: return QT_TRANSLATE_NOOP("conclab::ui::Errno", "Disk quota exceeded");
        default: return nullptr;
    }
}

}  // namespace

QString errno_text(int error) {
    if (const char* source = errno_source(error)) {
        const QString translated = QCoreApplication::translate("conclab::ui::Errno", source);
        if (translated != QLatin1String(source)) return translated;
    }
    return qt_error_string(error);
}

const char* message_source(MessageCode code) {
    // QT_TRANSLATE_NOOP spelled out each time: lupdate reads these calls, it does not expand macros.
    switch (code) {
        case MessageCode::DurationEmpty:
            return QT_TRANSLATE_NOOP("conclab::ui::Message",
                                     "duration is empty: expected a number with a unit such as 50ms, 1.5s or 200us");
        case MessageCode::DurationNegative:
            return QT_TRANSLATE_NOOP("conclab::ui::Message", "duration %1 is negative");
        case MessageCode::DurationUnreadable:
            return QT_TRANSLATE_NOOP("conclab::ui::Message",
                                     "cannot read duration %1: expected a number with a unit such as 50ms, 1.5s or "
                                     "200us");
        case MessageCode::DurationNoUnit:
            return QT_TRANSLATE_NOOP("conclab::ui::Message", "duration %1 has no unit: write e.g. %2ms or %2s");
        case MessageCode::DurationUnknownUnit:
            return QT_TRANSLATE_NOOP("conclab::ui::Message",
                                     "duration %1 has an unknown unit %2: use ns, us, ms, s or m (minutes)");
        case MessageCode::DurationTooLarge:
            return QT_TRANSLATE_NOOP("conclab::ui::Message", "duration %1 is too large");
        case MessageCode::DurationFinerThanNanosecond:
            return QT_TRANSLATE_NOOP("conclab::ui::Message", "duration %1 is finer than a nanosecond");
        case MessageCode::SizeEmpty:
            return QT_TRANSLATE_NOOP("conclab::ui::Message",
                                     "size is empty: expected a size such as 4MiB, 512KB or 100 (bytes)");
        case MessageCode::SizeNegative:
            return QT_TRANSLATE_NOOP("conclab::ui::Message", "size %1 is negative");
        case MessageCode::SizeUnreadable:
            return QT_TRANSLATE_NOOP("conclab::ui::Message",
                                     "cannot read size %1: expected a size such as 4MiB, 512KB or 100 (bytes)");
        case MessageCode::SizeUnknownUnit:
            return QT_TRANSLATE_NOOP("conclab::ui::Message",
                                     "size %1 has an unknown unit %2: use B, KB, MB, GB (powers of 1000) or KiB, "
                                     "MiB, GiB (powers of 1024)");
        case MessageCode::SizeTooLarge:
            return QT_TRANSLATE_NOOP("conclab::ui::Message", "size %1 is too large");
        case MessageCode::SizeNotWholeBytes:
            return QT_TRANSLATE_NOOP("conclab::ui::Message", "size %1 is not a whole number of bytes");
        case MessageCode::CountEmpty:
            return QT_TRANSLATE_NOOP("conclab::ui::Message", "count is empty: expected a whole number such as 100");
        case MessageCode::CountNegative:
            return QT_TRANSLATE_NOOP("conclab::ui::Message", "count %1 is negative");
        case MessageCode::CountUnreadable:
            return QT_TRANSLATE_NOOP("conclab::ui::Message",
                                     "cannot read count %1: expected a whole number such as 100");
        case MessageCode::CountTooLarge:
            return QT_TRANSLATE_NOOP("conclab::ui::Message", "count %1 is too large");

        case MessageCode::WorkloadEmpty:
            return QT_TRANSLATE_NOOP("conclab::ui::Message",
                                     "workload is empty: expected <kind>:<amount> such as cpu:50ms; kinds are %1");
        case MessageCode::WorkloadUnreadable:
            return QT_TRANSLATE_NOOP("conclab::ui::Message",
                                     "cannot read workload %1: expected <kind>:<amount> such as cpu:50ms; kinds "
                                     "are %2");
        case MessageCode::WorkloadUnknownKind:
            return QT_TRANSLATE_NOOP("conclab::ui::Message", "unknown workload kind %1 in %2: valid kinds are %3");
        case MessageCode::CpuTimeZero:
            return QT_TRANSLATE_NOOP("conclab::ui::Message", "cpu time in %1 is zero: a step must take some time");
        case MessageCode::SleepTimeZero:
            return QT_TRANSLATE_NOOP("conclab::ui::Message", "sleep time in %1 is zero: a step must take some time");
        case MessageCode::FileTimeZero:
            return QT_TRANSLATE_NOOP("conclab::ui::Message", "file time in %1 is zero: a step must take some time");
        case MessageCode::CpuTimeOverLimit:
            return QT_TRANSLATE_NOOP("conclab::ui::Message", "cpu time %1 in %2 is over the limit of %3 (%4 minutes)");
        case MessageCode::SleepTimeOverLimit:
            return QT_TRANSLATE_NOOP("conclab::ui::Message",
                                     "sleep time %1 in %2 is over the limit of %3 (%4 minutes)");
        case MessageCode::FileTimeOverLimit:
            return QT_TRANSLATE_NOOP("conclab::ui::Message", "file time %1 in %2 is over the limit of %3 (%4 minutes)");
        case MessageCode::FileAmountUnreadable:
            return QT_TRANSLATE_NOOP("conclab::ui::Message",
                                     "cannot read file amount %1 in %2: expected a size such as 4MiB or a duration "
                                     "such as 50ms");
        case MessageCode::FileSizeZero:
            return QT_TRANSLATE_NOOP("conclab::ui::Message", "file size in %1 is zero: write at least 1 byte");
        case MessageCode::FileSizeOverLimit:
            return QT_TRANSLATE_NOOP("conclab::ui::Message", "file size %1 in %2 is over the limit of %3");
        case MessageCode::RoundTripsInvalid:
            return QT_TRANSLATE_NOOP("conclab::ui::Message", "%1 (round trips in %2)");
        case MessageCode::RoundTripsZero:
            return QT_TRANSLATE_NOOP("conclab::ui::Message", "round trips in %1 is zero: make at least 1");
        case MessageCode::RoundTripsOverLimit:
            return QT_TRANSLATE_NOOP("conclab::ui::Message", "round trips %1 in %2 is over the limit of %3");
        case MessageCode::ServerTimeInvalid:
            return QT_TRANSLATE_NOOP("conclab::ui::Message", "%1 (server time in %2, e.g. net:50@10ms)");
        case MessageCode::ServerTimeOverLimit:
            return QT_TRANSLATE_NOOP("conclab::ui::Message", "server time %1 in %2 is over the limit of %3");
        case MessageCode::MixedUnreadable:
            return QT_TRANSLATE_NOOP("conclab::ui::Message",
                                     "cannot read mixed workload %1: expected mixed:<cpu time>/<sleep "
                                     "time>x<repeats>, e.g. mixed:10ms/20msx5");
        case MessageCode::RepeatsUnreadable:
            return QT_TRANSLATE_NOOP("conclab::ui::Message",
                                     "cannot read repeats %1 in %2: expected mixed:<cpu time>/<sleep "
                                     "time>x<repeats>, e.g. mixed:10ms/20msx5");
        case MessageCode::RepeatsZero:
            return QT_TRANSLATE_NOOP("conclab::ui::Message", "repeats in %1 is zero: repeat at least once");
        case MessageCode::RepeatsOverLimit:
            return QT_TRANSLATE_NOOP("conclab::ui::Message", "repeats %1 in %2 is over the limit of %3");
        case MessageCode::NumbersUnreadable:
            return QT_TRANSLATE_NOOP("conclab::ui::Message",
                                     "cannot read %1: expected numbers:<sleep time>x<count>, e.g. numbers:1sx5");
        case MessageCode::CounterInvalid:
            return QT_TRANSLATE_NOOP("conclab::ui::Message",
                                     "%1 (additions in %2, e.g. counter:1000000 or counter:1000000/lock)");
        case MessageCode::CounterZero:
            return QT_TRANSLATE_NOOP("conclab::ui::Message", "additions in %1 is zero: add at least once");
        case MessageCode::CounterOverLimit:
            return QT_TRANSLATE_NOOP("conclab::ui::Message", "additions %1 in %2 is over the limit of %3");
        case MessageCode::CounterOptionUnknown:
            return QT_TRANSLATE_NOOP("conclab::ui::Message",
                                     "unknown counter option %1 in %2: the one option is /lock");
        case MessageCode::WorkloadTooManyParts:
            return QT_TRANSLATE_NOOP("conclab::ui::Message", "%1 has more than %2 parts separated by |");
        case MessageCode::WorkloadPartEmpty:
            return QT_TRANSLATE_NOOP("conclab::ui::Message",
                                     "%1 has an empty part: write a workload on each side of |");

        case MessageCode::JsonFileTooLarge:
            return QT_TRANSLATE_NOOP("conclab::ui::Message",
                                     "the file is %1 bytes, more than the %2 bytes this reader takes");
        case MessageCode::JsonUnexpectedEnd:
            return QT_TRANSLATE_NOOP("conclab::ui::Message", "the text ends in the middle of a value");
        case MessageCode::JsonUnexpectedCharacter:
            return QT_TRANSLATE_NOOP("conclab::ui::Message", "unexpected %1");
        case MessageCode::JsonTrailingContent:
            return QT_TRANSLATE_NOOP("conclab::ui::Message", "more text after the end of the document");
        case MessageCode::JsonTooManyValues:
            return QT_TRANSLATE_NOOP("conclab::ui::Message", "more than %1 values in one document");
        case MessageCode::JsonTooDeep:
            return QT_TRANSLATE_NOOP("conclab::ui::Message", "lists and objects nested deeper than %1 levels");
        case MessageCode::JsonDuplicateKey:
            return QT_TRANSLATE_NOOP("conclab::ui::Message", "the key %1 appears twice in one object");
        case MessageCode::JsonBadNumber:
            return QT_TRANSLATE_NOOP("conclab::ui::Message",
                                     "%1 is not a number as JSON writes numbers (e.g. 4, 0.5, 1e3)");
        case MessageCode::JsonNumberTooLarge:
            return QT_TRANSLATE_NOOP("conclab::ui::Message", "the number %1 is too large");
        case MessageCode::JsonUnterminatedString:
            return QT_TRANSLATE_NOOP("conclab::ui::Message",
                                     "a text that starts here is not closed with a double quote");
        case MessageCode::JsonControlCharacter:
            return QT_TRANSLATE_NOOP("conclab::ui::Message",
                                     "a control character (a line break or tab) inside a text: write \\n or \\t");
        case MessageCode::JsonBadUtf8:
            return QT_TRANSLATE_NOOP("conclab::ui::Message", "bytes that are not UTF-8 text: save the file as UTF-8");
        case MessageCode::JsonBadEscape:
            return QT_TRANSLATE_NOOP("conclab::ui::Message", "unknown escape %1 in a text");
        case MessageCode::JsonStringTooLong:
            return QT_TRANSLATE_NOOP("conclab::ui::Message", "a text longer than %1 bytes");
        case MessageCode::LessonFileProblem:
            return QT_TRANSLATE_NOOP("conclab::ui::Message", "%1, line %2, column %3: %4");
        case MessageCode::LessonFileUnreadable:
            return QT_TRANSLATE_NOOP("conclab::ui::Message", "%1: %2");
        case MessageCode::LessonCannotRead:
            return QT_TRANSLATE_NOOP("conclab::ui::Message", "cannot read the file: %1");
        case MessageCode::LessonFolderUnreadable:
            return QT_TRANSLATE_NOOP("conclab::ui::Message", "cannot read the lesson folder %1: %2");
        case MessageCode::LessonTooManyFiles:
            return QT_TRANSLATE_NOOP("conclab::ui::Message",
                                     "more than %1 lesson files in one folder: this one was not read");
        case MessageCode::LessonNotObject:
            return QT_TRANSLATE_NOOP("conclab::ui::Message",
                                     "a lesson file holds one object: { \"format\": \"conclab-lesson\", ... }");
        case MessageCode::LessonFormatUnknown:
            return QT_TRANSLATE_NOOP("conclab::ui::Message",
                                     "%1 is not a lesson: write \"format\": \"conclab-lesson\"");
        case MessageCode::LessonVersionUnsupported:
            return QT_TRANSLATE_NOOP("conclab::ui::Message",
                                     "lesson format version %1 is newer than this program reads (%2)");
        case MessageCode::LessonMissingField:
            return QT_TRANSLATE_NOOP("conclab::ui::Message", "%1 is missing");
        case MessageCode::LessonUnknownField:
            return QT_TRANSLATE_NOOP("conclab::ui::Message", "unknown field %1; fields here are %2");
        case MessageCode::LessonExpectedText:
            return QT_TRANSLATE_NOOP("conclab::ui::Message", "%1 must be a text in double quotes");
        case MessageCode::LessonExpectedNumber:
            return QT_TRANSLATE_NOOP("conclab::ui::Message", "%1 must be a number");
        case MessageCode::LessonExpectedWholeNumber:
            return QT_TRANSLATE_NOOP("conclab::ui::Message", "%1 must be a whole number");
        case MessageCode::LessonExpectedBool:
            return QT_TRANSLATE_NOOP("conclab::ui::Message", "%1 must be true or false");
        case MessageCode::LessonExpectedList:
            return QT_TRANSLATE_NOOP("conclab::ui::Message", "%1 must be a list [ ... ]");
        case MessageCode::LessonExpectedObject:
            return QT_TRANSLATE_NOOP("conclab::ui::Message", "%1 must be an object { ... }");
        case MessageCode::LessonExpectedLanguages:
            return QT_TRANSLATE_NOOP("conclab::ui::Message",
                                     "%1 must be a text, or an object with an English (en) and a Bengali (bn) text");
        case MessageCode::LessonTextEmpty:
            return QT_TRANSLATE_NOOP("conclab::ui::Message", "%1 has no text in either language");
        case MessageCode::LessonValueOutOfRange:
            return QT_TRANSLATE_NOOP("conclab::ui::Message", "%1 is %2; it must be from %3 to %4");
        case MessageCode::LessonCountOutOfRange:
            return QT_TRANSLATE_NOOP("conclab::ui::Message", "%1 has %2 entries; it must have %3 to %4");
        case MessageCode::LessonBadId:
            return QT_TRANSLATE_NOOP("conclab::ui::Message", "%1: %2 is not a valid id (use a-z, 0-9 and -)");
        case MessageCode::LessonBadFigureName:
            return QT_TRANSLATE_NOOP("conclab::ui::Message",
                                     "%1: %2 is not a valid figure name (use a-z, 0-9 and _, starting with a letter)");
        case MessageCode::LessonDuplicateId:
            return QT_TRANSLATE_NOOP("conclab::ui::Message", "%1: the id %2 is used twice");
        case MessageCode::LessonRunInvalid:
            return QT_TRANSLATE_NOOP("conclab::ui::Message", "%1: %2");
        case MessageCode::LessonUnknownRun:
            return QT_TRANSLATE_NOOP("conclab::ui::Message", "%1 names the run %2, but no run has that id");
        case MessageCode::LessonUnknownMeasure:
            return QT_TRANSLATE_NOOP("conclab::ui::Message", "%1: unknown measure %2; measures are %3");
        case MessageCode::LessonMeasureNeedsOver:
            return QT_TRANSLATE_NOOP("conclab::ui::Message",
                                     "%1: the measure %2 compares two runs: name the other one in \"over\"");
        case MessageCode::LessonMeasureTakesNoOver:
            return QT_TRANSLATE_NOOP("conclab::ui::Message", "%1: the measure %2 is of one run: remove \"over\"");
        case MessageCode::LessonRuleUnreadable:
            return QT_TRANSLATE_NOOP("conclab::ui::Message", "%1: cannot read the rule %2 at character %3");
        case MessageCode::LessonRuleUnknownFigure:
            return QT_TRANSLATE_NOOP("conclab::ui::Message",
                                     "%1: the rule %2 names %3, which is not one of the lesson's figures");
        case MessageCode::LessonRuleNoFigure:
            return QT_TRANSLATE_NOOP("conclab::ui::Message",
                                     "%1: the rule %2 reads none of the lesson's figures: an answer is graded from what was measured");
        case MessageCode::LessonRuleTooLong:
            return QT_TRANSLATE_NOOP("conclab::ui::Message",
                                     "%1: the rule is longer than %2 characters or has more than %3 parts");
        case MessageCode::LessonPlaceholderUnknown:
            return QT_TRANSLATE_NOOP("conclab::ui::Message",
                                     "%1 names the figure {%2}, which the lesson does not define");
        case MessageCode::LessonPlaceholderUnclosed:
            return QT_TRANSLATE_NOOP("conclab::ui::Message",
                                     "%1: a { is not closed by } (write {{ and }} for the braces themselves)");
        case MessageCode::LessonCellWithoutGrid:
            return QT_TRANSLATE_NOOP("conclab::ui::Message",
                                     "%1: a run is placed in a grid cell, but the lesson has no grid");
        case MessageCode::LessonGridCellEmpty:
            return QT_TRANSLATE_NOOP("conclab::ui::Message", "%1: the grid row %2 has no run in column %3");
        case MessageCode::LessonGridCellTwice:
            return QT_TRANSLATE_NOOP("conclab::ui::Message", "%1: two runs fill the grid cell %2 × %3");
        case MessageCode::LessonGridUnknownCell:
            return QT_TRANSLATE_NOOP("conclab::ui::Message", "%1: the grid has no row or column %2");
        case MessageCode::LessonDuplicateLesson:
            return QT_TRANSLATE_NOOP("conclab::ui::Message",
                                     "the lesson id %1 is also used by %2: this file was not read");
        case MessageCode::LessonNotFound:
            return QT_TRANSLATE_NOOP("conclab::ui::Message", "there is no lesson %1; the lessons are %2");

        case MessageCode::RunModelEmpty:
            return QT_TRANSLATE_NOOP("conclab::ui::Message", "run model is empty: valid models are %1");
        case MessageCode::RunModelUnknown:
            return QT_TRANSLATE_NOOP("conclab::ui::Message", "unknown run model %1: valid models are %2");
        case MessageCode::WorkloadHasNoSteps:
            return QT_TRANSLATE_NOOP("conclab::ui::Message", "the workload has no steps: choose one such as cpu:50ms");
        case MessageCode::TasksOutOfRange:
            return QT_TRANSLATE_NOOP("conclab::ui::Message", "tasks %1 is out of range: use %2 to %3");
        case MessageCode::TasksOverThreadLimit:
            return QT_TRANSLATE_NOOP("conclab::ui::Message",
                                     "tasks %1 is over the limit of %2 for the threads model (one thread per "
                                     "task); use thread-pool for more tasks");
        case MessageCode::TasksOverProcessLimit:
            return QT_TRANSLATE_NOOP("conclab::ui::Message",
                                     "tasks %1 is over the limit of %2 for the processes model (one process per "
                                     "task); use process-pool for more tasks");
        case MessageCode::WorkersBelowMinimum:
            return QT_TRANSLATE_NOOP("conclab::ui::Message",
                                     "workers %1 is out of range: at least %2 worker is needed");
        case MessageCode::WorkersOverProcessLimit:
            return QT_TRANSLATE_NOOP("conclab::ui::Message", "workers %1 is over the limit of %2 worker processes");
        case MessageCode::WorkersOverThreadLimit:
            return QT_TRANSLATE_NOOP("conclab::ui::Message", "workers %1 is over the limit of %2 worker threads");
        case MessageCode::SwitchIntervalOutOfRange:
            return QT_TRANSLATE_NOOP("conclab::ui::Message", "switch interval %1 is out of range: use %2 to %3");
        case MessageCode::CrashTaskMissing:
            return QT_TRANSLATE_NOOP("conclab::ui::Message",
                                     "crash task %1 does not exist: tasks are numbered 0 to %2 (-1 for none)");

        case MessageCode::CrashNeedsProcessModel:
            return QT_TRANSLATE_NOOP("conclab::ui::Message",
                                     "the crash option needs a process model: a crash in a thread would end the "
                                     "whole program");
        case MessageCode::RunCouldNotStart:
            return QT_TRANSLATE_NOOP("conclab::ui::Message", "could not start: %1");
        case MessageCode::SharedMemoryUnavailable:
            return QT_TRANSLATE_NOOP("conclab::ui::Message", "cannot map the run's shared event memory: %1");
        case MessageCode::TempFolderUnavailable:
            return QT_TRANSLATE_NOOP("conclab::ui::Message", "cannot create a private folder from %1: %2");
        case MessageCode::EchoServerNoSocket:
            return QT_TRANSLATE_NOOP("conclab::ui::Message", "echo server: cannot create a socket: %1");
        case MessageCode::EchoServerCannotListen:
            return QT_TRANSLATE_NOOP("conclab::ui::Message", "echo server: cannot listen on 127.0.0.1: %1");
        case MessageCode::ForeignError:
            return QT_TRANSLATE_NOOP("conclab::ui::Message", "%1");
        case MessageCode::RunStopped:
            return QT_TRANSLATE_NOOP("conclab::ui::Message", "stopped after %1");
        case MessageCode::RunOutOfMemory:
            return QT_TRANSLATE_NOOP("conclab::ui::Message",
                                     "the machine ran out of memory for the run's events; the run was stopped");
        case MessageCode::WorkerKilled:
            return QT_TRANSLATE_NOOP("conclab::ui::Message", "%1 (pid %2) killed by %3 at %4");
        case MessageCode::WorkerKilledBySignalNumber:
            return QT_TRANSLATE_NOOP("conclab::ui::Message", "%1 (pid %2) killed by signal %3 at %4");
        case MessageCode::WorkerExited:
            return QT_TRANSLATE_NOOP("conclab::ui::Message", "%1 (pid %2) exited with status %3 at %4");
        case MessageCode::WorkerNotStarted:
            return QT_TRANSLATE_NOOP("conclab::ui::Message", "%1 could not be started: %2 at %3");
        case MessageCode::WorkerNotStartedBecause:
            return QT_TRANSLATE_NOOP("conclab::ui::Message", "%1 could not be started: %2 at %3");
        case MessageCode::WorkerProgramNotFound:
            return QT_TRANSLATE_NOOP("conclab::ui::Message",
                                     "the worker program conclab-worker was not found or is not executable (looked at "
                                     "%1; set CONCLAB_WORKER to its path)");
        case MessageCode::WorkerOverrideUnusable:
            return QT_TRANSLATE_NOOP("conclab::ui::Message",
                                     "the worker program named by CONCLAB_WORKER, %1, cannot be run: %2");
        case MessageCode::WorkerSpawnFailed:
            return QT_TRANSLATE_NOOP("conclab::ui::Message", "cannot start %1: %2");
        case MessageCode::TaskFailed:
            return QT_TRANSLATE_NOOP("conclab::ui::Message", "task %1 failed: %2");
        case MessageCode::TaskDataCorrupt:
            return QT_TRANSLATE_NOOP("conclab::ui::Message",
                                     "task %1 failed: data came back different from what was sent");

        case MessageCode::ProgramMissing:
            return QT_TRANSLATE_NOOP("conclab::ui::Message", "no program to start");
        case MessageCode::ProgramNotFound:
            return QT_TRANSLATE_NOOP("conclab::ui::Message", "could not start %1: no such program");
        case MessageCode::ProgramNotExecutable:
            return QT_TRANSLATE_NOOP("conclab::ui::Message", "could not start %1: it is not a program this system can run (%2)");
        case MessageCode::WorkingFolderMissing:
            return QT_TRANSLATE_NOOP("conclab::ui::Message", "could not start the program in %1: no such folder");
        case MessageCode::ProgramStartFailed:
            return QT_TRANSLATE_NOOP("conclab::ui::Message", "could not start %1: %2");
        case MessageCode::ProgramExited:
            return QT_TRANSLATE_NOOP("conclab::ui::Message", "the program exited with status %1");
        case MessageCode::ProgramKilled:
            return QT_TRANSLATE_NOOP("conclab::ui::Message", "the program was killed by %1");
        case MessageCode::ProgramKilledBySignalNumber:
            return QT_TRANSLATE_NOOP("conclab::ui::Message", "the program was killed by signal %1");
        case MessageCode::ProgramTimeLimit:
            return QT_TRANSLATE_NOOP("conclab::ui::Message", "stopped at the time limit of %1");
        case MessageCode::ObserverFailed:
            return QT_TRANSLATE_NOOP("conclab::ui::Message", "the observer stopped: %1");
        case MessageCode::NoLessonScript:
            return QT_TRANSLATE_NOOP("conclab::ui::Message",
                                     "no lesson script does %1: the scripts do one step per task (cpu:, io: or net:)");
        case MessageCode::NoLessonScriptForFiles:
            return QT_TRANSLATE_NOOP("conclab::ui::Message", "no lesson script does file I/O (%1)");

        case MessageCode::FileNameMissing:
            return QT_TRANSLATE_NOOP("conclab::ui::Message", "cannot write: no file name given");
        case MessageCode::CannotWriteDirectory:
            return QT_TRANSLATE_NOOP("conclab::ui::Message", "cannot write %1: it is a directory");
        case MessageCode::CannotWriteSpecialFile:
            return QT_TRANSLATE_NOOP("conclab::ui::Message",
                                     "cannot write %1: it is neither a regular file nor a character device or pipe");
        case MessageCode::CannotWriteSystemError:
            return QT_TRANSLATE_NOOP("conclab::ui::Message", "cannot write %1: %2");
        case MessageCode::CannotWriteWriterFailed:
            return QT_TRANSLATE_NOOP("conclab::ui::Message", "cannot write %1: writing failed: %2");
        case MessageCode::CannotWriteWriterAborted:
            return QT_TRANSLATE_NOOP("conclab::ui::Message", "cannot write %1: writing failed");
        case MessageCode::CannotWriteContent:
            return QT_TRANSLATE_NOOP("conclab::ui::Message", "cannot write %1: the content could not be written");
        case MessageCode::CannotWriteClose:
            return QT_TRANSLATE_NOOP("conclab::ui::Message", "cannot write %1: the file could not be closed");
        case MessageCode::CannotWriteParentNotDirectory:
            return QT_TRANSLATE_NOOP("conclab::ui::Message", "cannot write %1: %2 is not a directory");
        case MessageCode::CannotWriteNoDirectory:
            return QT_TRANSLATE_NOOP("conclab::ui::Message", "cannot write %1: directory %2 does not exist");

        // Names of workers: what Python calls them in English; GLOSSARY.md says how Bengali writes them.
        case MessageCode::NameMainThread:
            //: The name of a lane: the program's main thread (Python calls it MainThread).
            return QT_TRANSLATE_NOOP("conclab::ui::Message", "MainThread");
        case MessageCode::NameThread:
            //: The name of a lane: a threading.Thread, %1 its number.
            return QT_TRANSLATE_NOOP("conclab::ui::Message", "Thread-%1");
        case MessageCode::NameThreadPoolWorker:
            //: The name of a lane: a worker thread of a ThreadPoolExecutor, %1 its number.
            return QT_TRANSLATE_NOOP("conclab::ui::Message", "ThreadPool-%1");
        case MessageCode::NameProcess:
            //: The name of a lane and its process: a multiprocessing.Process, %1 its number.
            return QT_TRANSLATE_NOOP("conclab::ui::Message", "Process-%1");
        case MessageCode::NameProcessPoolWorker:
            //: The name of a lane and its process: a worker process of a ProcessPoolExecutor, %1 its number.
            return QT_TRANSLATE_NOOP("conclab::ui::Message", "ProcessPool-%1");
        case MessageCode::NameEventLoop:
            //: The name of a lane: the one thread that runs the asyncio event loop.
            return QT_TRANSLATE_NOOP("conclab::ui::Message", "asyncio loop");
        case MessageCode::NameMainProcess:
            //: The name of a process: the one conclab itself runs in.
            return QT_TRANSLATE_NOOP("conclab::ui::Message", "Main process");
        case MessageCode::NameOwn:
            return QT_TRANSLATE_NOOP("conclab::ui::Message", "%1");

        case MessageCode::RunFileCannotRead:
            return QT_TRANSLATE_NOOP("conclab::ui::Message", "cannot open %1: %2");
        case MessageCode::RunFileIsDirectory:
            return QT_TRANSLATE_NOOP("conclab::ui::Message", "cannot open %1: it is a directory");
        case MessageCode::RunFileNotRegular:
            return QT_TRANSLATE_NOOP("conclab::ui::Message",
                                     "cannot open %1: it is not a regular file (a device, a pipe or a socket)");
        case MessageCode::RunFileEmpty:
            return QT_TRANSLATE_NOOP("conclab::ui::Message", "cannot open %1: it is empty");
        case MessageCode::RunFileTooLarge:
            return QT_TRANSLATE_NOOP("conclab::ui::Message",
                                     "cannot open %1: it is %2 bytes, over the limit of %3 for a saved run");
        case MessageCode::RunFileNotJson:
            return QT_TRANSLATE_NOOP("conclab::ui::Message",
                                     "cannot open %1: it is not a saved run of Concurrency Lab (not a JSON file)");
        case MessageCode::RunFileCompressed:
            return QT_TRANSLATE_NOOP("conclab::ui::Message",
                                     "cannot open %1: it is a compressed file; unpack it first (e.g. with gunzip)");
        case MessageCode::RunFileBinaryTrace:
            return QT_TRANSLATE_NOOP("conclab::ui::Message",
                                     "cannot open %1: it is a Perfetto trace (protobuf), not a run saved by "
                                     "Concurrency Lab; open it in Perfetto (ui.perfetto.dev)");
        case MessageCode::RunFileForeignTrace:
            return QT_TRANSLATE_NOOP("conclab::ui::Message",
                                     "cannot open %1: it is a trace from another program (Chrome trace JSON, e.g. "
                                     "from VizTracer), not a run saved by Concurrency Lab; open it in Perfetto "
                                     "(ui.perfetto.dev)");
        case MessageCode::RunFileNotConclab:
            return QT_TRANSLATE_NOOP("conclab::ui::Message",
                                     "cannot open %1: it is a JSON file, but not a run saved by Concurrency Lab");
        case MessageCode::RunFileNewerVersion:
            return QT_TRANSLATE_NOOP("conclab::ui::Message",
                                     "cannot open %1: it was saved by a newer Concurrency Lab (file format %2; this "
                                     "one reads up to %3): update conclab to open it");
        case MessageCode::RunFileTruncated:
            return QT_TRANSLATE_NOOP("conclab::ui::Message",
                                     "cannot open %1: it ends too early, at byte %2 (the file was cut short, e.g. by "
                                     "a full disk or an interrupted copy)");
        case MessageCode::RunFileSyntax:
            return QT_TRANSLATE_NOOP("conclab::ui::Message",
                                     "cannot open %1: it is damaged at line %2, column %3 (not valid JSON)");
        case MessageCode::RunFileDamaged:
            return QT_TRANSLATE_NOOP("conclab::ui::Message",
                                     "cannot open %1: it is damaged at %2: a value is missing, of the wrong kind or "
                                     "out of range");
        case MessageCode::RunFileNoRuns:
            return QT_TRANSLATE_NOOP("conclab::ui::Message", "cannot open %1: it holds no runs");
        case MessageCode::RunFileWouldBeTooLarge:
            return QT_TRANSLATE_NOOP("conclab::ui::Message",
                                     "cannot save %1: the runs would take %2 bytes, over the limit of %3 a saved run "
                                     "may have (save fewer runs, or shorter ones)");
        case MessageCode::RunFileNothingToSave:
            return QT_TRANSLATE_NOOP("conclab::ui::Message", "there is no finished run to save");
    }
    return nullptr;
}


QString message_arg_text(const MessageArg& arg) {
    switch (arg.kind) {
        case ArgKind::Text: return QString::fromStdString(arg.text);
        case ArgKind::Integer: return format_count(arg.number);
        case ArgKind::Duration: return format_seconds(arg.number);
        case ArgKind::Errno: return errno_text(static_cast<int>(arg.number));
        case ArgKind::Message: return arg.message ? message_text(*arg.message) : QString();
    }
    return {};
}

QString message_text(const Message& message) {
    const char* source = message_source(message.code);
    if (!source) return QString::fromStdString(debug_text(message));  // a code from a newer engine
    QStringList args;
    for (const MessageArg& arg : message.args) args << message_arg_text(arg);
    return substitute(QCoreApplication::translate(kContext, source), args);
}

}  // namespace conclab::ui
