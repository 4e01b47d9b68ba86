// Gives the resource library a translation unit; the icons and translations are compiled in by
// qt_add_resources / qt_add_translations (see CMakeLists.txt).
namespace conclab::resources {
int anchor() { return 0; }
}  // namespace conclab::resources
