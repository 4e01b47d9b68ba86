// The translation catalogues (resources/translations/*.ts) as a translator leaves them: no entry
// unfinished, none obsolete, every plural form filled, and every translation showing exactly the
// placeholders its source has. A string added on any branch fails this until it is translated;
// its failure lists each such entry (context and source): the list of the next translation pass.
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QStringList>
#include <QXmlStreamReader>
#include <catch2/catch.hpp>

namespace {

struct Entry {
    QString context;
    QString source;
    QString type;            // "", "unfinished", "obsolete", "vanished"
    QStringList translations;  // one, or one per plural form
    bool numerus = false;
};

// Every <message> of a .ts file; an entry is complete at </message> (a plural entry has one
// <numerusform> per form).
std::vector<Entry> read_all(const QString& path) {
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    std::vector<Entry> entries;
    QString context;
    Entry entry;
    while (!xml.atEnd()) {
        xml.readNext();
        const auto name = xml.name();
        if (xml.isStartElement()) {
            if (name == QLatin1String("name")) context = xml.readElementText();
            else if (name == QLatin1String("message"))
                entry = Entry{context, {}, {}, {}, xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes")};
            else if (name == QLatin1String("source")) entry.source = xml.readElementText();
            else if (name == QLatin1String("translation")) {
                entry.type = xml.attributes().value(QLatin1String("type")).toString();
                if (!entry.numerus) entry.translations << xml.readElementText();
            } else if (name == QLatin1String("numerusform")) entry.translations << xml.readElementText();
        } else if (xml.isEndElement() && name == QLatin1String("message")) {
            entries.push_back(entry);
        }
    }
    REQUIRE_FALSE(xml.hasError());
    return entries;
}

// The placeholders of a text: %1 … %9, %n / %Ln (plural counts).
QSet<QString> placeholders(const QString& text) {
    static const QRegularExpression re(QStringLiteral("%L?[1-9n]"));
    QSet<QString> found;
    for (auto m = re.globalMatch(text); m.hasNext();) found.insert(m.next().captured(0));
    return found;
}

QString where(const Entry& e) { return e.context + QStringLiteral(": ") + e.source; }

void check_catalogue(const QString& file) {
    const QString path = QStringLiteral(CONCLAB_TRANSLATIONS_DIR "/") + file;
    INFO("catalogue " << path.toStdString());
    const std::vector<Entry> entries = read_all(path);
    REQUIRE_FALSE(entries.empty());
    QStringList unfinished, obsolete, empty, wrong_placeholders;
    for (const Entry& e : entries) {
        if (e.type == QLatin1String("unfinished")) unfinished << where(e);
        if (e.type == QLatin1String("obsolete") || e.type == QLatin1String("vanished")) obsolete << where(e);
        for (const QString& t : e.translations) {
            if (e.type.isEmpty() && t.isEmpty()) empty << where(e);
            if (e.type.isEmpty() && !t.isEmpty() && placeholders(t) != placeholders(e.source)) wrong_placeholders << where(e);
        }
    }
    INFO("unfinished (translate them, see resources/translations/README.md):\n  " << unfinished.join(QStringLiteral("\n  ")).toStdString());
    CHECK(unfinished.isEmpty());
    INFO("obsolete (run the update_translations target):\n  " << obsolete.join(QStringLiteral("\n  ")).toStdString());
    CHECK(obsolete.isEmpty());
    INFO("empty translations:\n  " << empty.join(QStringLiteral("\n  ")).toStdString());
    CHECK(empty.isEmpty());
    INFO("translations whose placeholders differ from the source's:\n  "
         << wrong_placeholders.join(QStringLiteral("\n  ")).toStdString());
    CHECK(wrong_placeholders.isEmpty());
}

}  // namespace

TEST_CASE("the Bengali catalogue has no unfinished, obsolete or empty entry, and keeps every placeholder",
          "[text][translations]") {
    check_catalogue(QStringLiteral("conclab_bn.ts"));
}

TEST_CASE("the English plural forms are all written", "[text][translations]") {
    check_catalogue(QStringLiteral("conclab_en.ts"));
}
