// The built-in resources: icons and the translation catalogue are compiled in.
#include <QFile>
#include <QIcon>
#include <QTranslator>
#include <catch2/catch.hpp>

#include "ui_test_support.h"

TEST_CASE("icons and the Bengali catalogue are built in", "[resources]") {
    for (const char* icon : {"conclab", "run", "stop", "compare", "fit"}) {
        const QString path = QStringLiteral(":/conclab/icons/%1.svg").arg(QLatin1String(icon));
        CHECK(QFile::exists(path));
        CHECK_FALSE(QIcon(path).pixmap(32, 32).isNull());
    }
    QTranslator bengali;
    CHECK(bengali.load(QLocale(QLocale::Bengali, QLocale::Bangladesh), QStringLiteral("conclab"), QStringLiteral("_"),
                       QStringLiteral(":/conclab/i18n")));
    REQUIRE_NO_QT_WARNINGS();
}
