// The translation function of the conclab::ui namespace's free functions. lupdate files a tr() call
// under the namespace it is made in, so every call here and in conclab::ui's classes shares the
// context "conclab::ui"; one definition, not one per file (a unity build would see them clash).
#pragma once

#include <QCoreApplication>
#include <QString>

namespace conclab::ui {

inline QString tr(const char* text, const char* comment = nullptr, int n = -1) {
    return QCoreApplication::translate("conclab::ui", text, comment, n);
}

}  // namespace conclab::ui
