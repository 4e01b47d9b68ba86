# The Debian package, made by CPack from what `cmake --install` puts in place (app/ and resources/
# CMakeLists.txt): from a configured build folder,
#     cmake --build --preset release --target package      (or: cd build/release && cpack -G DEB)
# writes build/release/conclab_<version>_<arch>.deb, which `sudo apt install ./conclab_*.deb`
# installs with its dependencies. Those are computed by dpkg-shlibdeps from the libraries the
# binaries really link (Qt 6, libstdc++ ...), so they are right for the Debian release the package
# was built on; what the program runs but does not link is added by hand below.
# tests/packaging checks the package; scripts/test-package-clean-root.sh installs it with apt into a
# fresh Debian root.
include(GNUInstallDirs)

set(CONCLAB_PACKAGE_MAINTAINER "Concurrency Lab maintainers <maintainers@conclab.invalid>"
    CACHE STRING "The Maintainer field of the Debian package: a name and an address")

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME conclab)
set(CPACK_PACKAGE_VENDOR "Concurrency Lab")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_CONTACT "${CONCLAB_PACKAGE_MAINTAINER}")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
# Debug information stays in the build folder; the package carries stripped programs.
set(CPACK_STRIP_FILES ON)
# Only the package is made here; cpack's other generators' defaults (a .tar.gz ...) are not.
set(CPACK_SOURCE_GENERATOR "")

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)  # conclab_<version>_<arch>.deb
set(CPACK_DEBIAN_PACKAGE_SECTION education)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${CONCLAB_PACKAGE_MAINTAINER}")
set(CPACK_DEBIAN_COMPRESSION_TYPE xz)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Recommended, not linked: python3 runs the lessons' Python scripts, which conclab observes; the
# Bengali font draws Bengali text (the window in Bengali, the tutorial's section names).
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "python3, fonts-lohit-beng-bengali")
# The window on a Wayland session without XWayland.
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "qt6-wayland")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "real threads and processes under a simulated Python GIL, drawn as a timeline")
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
"${CPACK_PACKAGE_DESCRIPTION_SUMMARY}
Concurrency Lab is a program for teaching concurrency on a projector. It runs
real workloads on real threads and processes, optionally under a simulated
Python global interpreter lock (GIL) that behaves like CPython's, and draws
what happened: one Gantt lane per thread or process, a row showing who holds
each process's GIL, one row per CPU core, a comparison table and a speedup
chart. Every figure shown is measured from the run.

The same program runs experiments from the command line without a display:
conclab run, compare and shot.")

include(CPack)
