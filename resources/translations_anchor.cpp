// Gives the translations library a translation unit; the catalogues are compiled in by
// qt_add_translations / qt_add_resources (see CMakeLists.txt).
namespace conclab::resources {
int translations_anchor() { return 0; }
}  // namespace conclab::resources
