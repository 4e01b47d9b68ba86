#include "ui/export/bengali_font.h"

#include <fontconfig/fontconfig.h>
#include <hb-subset.h>

#include <QFile>
#include <memory>
#include <set>

namespace conclab::ui {

namespace {

constexpr char32_t kBengaliFirst = 0x0980;
constexpr char32_t kBengaliLast = 0x09FF;

// Characters Bengali text uses outside its block: the dandas, zero-width (non-)joiner that steer
// conjuncts, and the dotted circle a shaper shows under a lone vowel sign.
bool used_with_bengali(char32_t c) {
    return (c >= kBengaliFirst && c <= kBengaliLast) || c == 0x0964 || c == 0x0965 || c == 0x200C || c == 0x200D ||
           c == 0x25CC;
}

template <class T, void (*Free)(T*)>
struct Deleter {
    void operator()(T* p) const { Free(p); }
};
using Blob = std::unique_ptr<hb_blob_t, Deleter<hb_blob_t, hb_blob_destroy>>;
using Face = std::unique_ptr<hb_face_t, Deleter<hb_face_t, hb_face_destroy>>;
using SubsetInput = std::unique_ptr<hb_subset_input_t, Deleter<hb_subset_input_t, hb_subset_input_destroy>>;

// The font cut down to what `characters` can reach, with every layout feature kept (the default
// list would do for Bengali too; all is the safe choice for a font we do not control).
QByteArray subset(const QByteArray& font, const std::set<char32_t>& characters) {
    const Blob blob(hb_blob_create(font.constData(), static_cast<unsigned>(font.size()), HB_MEMORY_MODE_READONLY, nullptr, nullptr));
    const Face face(hb_face_create(blob.get(), 0));
    const SubsetInput input(hb_subset_input_create_or_fail());
    if (!input) return {};
    hb_set_t* unicodes = hb_subset_input_unicode_set(input.get());
    for (const char32_t c : characters) hb_set_add(unicodes, c);
    hb_set_t* features = hb_subset_input_set(input.get(), HB_SUBSET_SETS_LAYOUT_FEATURE_TAG);
    hb_set_clear(features);
    hb_set_invert(features);
    const Face result(hb_subset_or_fail(face.get(), input.get()));
    if (!result) return {};
    const Blob out(hb_face_reference_blob(result.get()));
    unsigned length = 0;
    const char* data = hb_blob_get_data(out.get(), &length);
    return length > 0 ? QByteArray(data, static_cast<qsizetype>(length)) : QByteArray();
}

}  // namespace

bool has_bengali(const QString& text) {
    for (const char32_t c : text.toUcs4())
        if (c >= kBengaliFirst && c <= kBengaliLast) return true;
    return false;
}

QString bengali_font_file() {
    FcConfig* config = FcInitLoadConfigAndFonts();
    if (!config) return {};
    QString file;
    FcPattern* pattern = FcPatternCreate();
    FcLangSet* langs = FcLangSetCreate();
    FcLangSetAdd(langs, reinterpret_cast<const FcChar8*>("bn"));
    FcPatternAddLangSet(pattern, FC_LANG, langs);
    FcConfigSubstitute(config, pattern, FcMatchPattern);
    FcDefaultSubstitute(pattern);
    FcResult result = FcResultNoMatch;
    if (FcPattern* match = FcFontMatch(config, pattern, &result)) {
        FcChar8* path = nullptr;
        FcCharSet* chars = nullptr;
        // The best match may still be a font without Bengali (none installed): check for ক.
        if (FcPatternGetString(match, FC_FILE, 0, &path) == FcResultMatch &&
            FcPatternGetCharSet(match, FC_CHARSET, 0, &chars) == FcResultMatch && FcCharSetHasChar(chars, 0x0995))
            file = QFile::decodeName(reinterpret_cast<const char*>(path));
        FcPatternDestroy(match);
    }
    FcLangSetDestroy(langs);
    FcPatternDestroy(pattern);
    FcConfigDestroy(config);
    return file;
}

std::optional<EmbeddedFont> bengali_font_for(const QString& text) {
    if (!has_bengali(text)) return std::nullopt;
    const QString path = bengali_font_file();
    if (path.isEmpty()) return std::nullopt;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) return std::nullopt;
    const QByteArray whole = file.readAll();
    std::set<char32_t> characters;
    for (const char32_t c : text.toUcs4())
        if (used_with_bengali(c)) characters.insert(c);
    EmbeddedFont font;
    font.family = QStringLiteral("Conclab Bengali");
    font.source = path;
    font.unicode_range = QStringLiteral("U+0964-0965, U+0980-09FF, U+200C-200D, U+25CC");
    font.data = subset(whole, characters);
    font.subset = !font.data.isEmpty();
    if (!font.subset) font.data = whole;  // better the whole font than boxes
    return font;
}

}  // namespace conclab::ui
