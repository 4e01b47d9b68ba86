// Gives the resource library a translation unit; the icons are compiled in by qt_add_resources
// (see CMakeLists.txt).
namespace conclab::resources {
int anchor() { return 0; }
}  // namespace conclab::resources
