# One CMake target per folder of engine/ and ui/, with the folders it may use named once.
#
#   conclab_module(<target> <folder> [SOURCES files...] [DEPENDS targets...] [QT components...])
#
# The build enforces the layering, not only the link: at configure time every `#include "x/..."`
# in the folder must name the folder itself or one it DEPENDS on (directly or through them), or
# configuring fails with the file, the include and the allowed folders. A target with no sources
# is an INTERFACE (header-only) target.
#
# Include paths stay "folder/file.h" below engine/ (engine modules) or "ui/folder/file.h" below
# the project (ui modules), so moving a file between folders is one sed, and a reader sees the
# layer of every include.
define_property(TARGET PROPERTY CONCLAB_FOLDERS
  BRIEF_DOCS "include prefixes a conclab module may use"
  FULL_DOCS "The folder of the module and of every module it depends on, as include prefixes.")

function(conclab_module target folder)
  cmake_parse_arguments(MOD "" "PREFIX" "SOURCES;DEPENDS;LIBS" ${ARGN})
  set(prefix "${folder}")
  if(MOD_PREFIX)
    set(prefix "${MOD_PREFIX}/${folder}")
  endif()
  set(allowed "${prefix}")
  foreach(dep IN LISTS MOD_DEPENDS)
    get_target_property(dep_folders ${dep} CONCLAB_FOLDERS)
    if(dep_folders)
      list(APPEND allowed ${dep_folders})
    endif()
  endforeach()
  list(REMOVE_DUPLICATES allowed)

  if(MOD_SOURCES)
    add_library(${target} STATIC ${MOD_SOURCES})
    set(scope PUBLIC)
    conclab_set_warnings(${target})
  else()
    add_library(${target} INTERFACE)
    set(scope INTERFACE)
  endif()
  target_link_libraries(${target} ${scope} ${MOD_DEPENDS} ${MOD_LIBS})
  set_target_properties(${target} PROPERTIES CONCLAB_FOLDERS "${allowed}")

  # The check: project includes ("a/b.h") must start with an allowed folder. Checked: the
  # module's sources, their headers, and the folder's header-only files (a folder may hold two
  # modules, as ui/experiment does: each is checked on its own files).
  set(files "")
  foreach(src IN LISTS MOD_SOURCES)
    get_filename_component(stem ${src} NAME_WE)
    list(APPEND files ${CMAKE_CURRENT_SOURCE_DIR}/${src})
    if(EXISTS ${CMAKE_CURRENT_SOURCE_DIR}/${stem}.h)
      list(APPEND files ${CMAKE_CURRENT_SOURCE_DIR}/${stem}.h)
    endif()
  endforeach()
  file(GLOB headers ${CMAKE_CURRENT_SOURCE_DIR}/*.h)
  foreach(header IN LISTS headers)
    get_filename_component(stem ${header} NAME_WE)
    if(NOT EXISTS ${CMAKE_CURRENT_SOURCE_DIR}/${stem}.cpp)
      list(APPEND files ${header})
    endif()
  endforeach()
  foreach(file IN LISTS files)
    file(STRINGS ${file} includes REGEX "^#include \"[a-z_]+/")
    foreach(line IN LISTS includes)
      string(REGEX REPLACE "^#include \"([^\"]+)\".*" "\\1" path "${line}")
      set(ok FALSE)
      foreach(a IN LISTS allowed)
        string(FIND "${path}" "${a}/" at)
        if(at EQUAL 0)
          set(ok TRUE)
        endif()
      endforeach()
      if(NOT ok)
        message(FATAL_ERROR "${file}: #include \"${path}\" reaches outside what ${target} may use "
                            "(${allowed}); add the module to its DEPENDS in ${CMAKE_CURRENT_LIST_FILE} "
                            "if the layering allows it")
      endif()
    endforeach()
  endforeach()
endfunction()
