#include "ui/window/app_setup.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace conclab::ui {

void setup_application(QCoreApplication& app) {
    QCoreApplication::setOrganizationName(QStringLiteral("conclab"));
    QCoreApplication::setApplicationName(QStringLiteral("conclab"));
    QCoreApplication::setApplicationVersion(QStringLiteral("0.1.0"));
    const QLocale locale;
    auto* qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    auto* own = new QTranslator(&app);
    if (own->load(locale, QStringLiteral("conclab"), QStringLiteral("_"), QStringLiteral(":/conclab/i18n")))
        QCoreApplication::installTranslator(own);
}

}  // namespace conclab::ui
